export const id = 226;
export const ids = [226];
export const modules = {

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectSecretLiterals: () => (/* binding */ detectSecretLiterals)
/* harmony export */ });
/* harmony import */ var _checks_document_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5565);
/* harmony import */ var _config_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9329);
/* harmony import */ var _schema_aware_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3821);



/**
 * The schema-aware rule: a literal value for an `x-secret` key in a committed config layer,
 * reported only on the fragment's lines (the added ones, for a change). `fullText` is the whole
 * file, which positions and parsing need.
 */
function detectSecretLiterals(fragment, fullText, schema, policy) {
    const environment = (0,_schema_aware_js__WEBPACK_IMPORTED_MODULE_2__/* .layerOf */ .Z)(fragment.path, policy);
    if (environment === undefined)
        return [];
    const doc = (0,_config_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfigDocument */ .T)(fragment.path, fullText);
    if (doc.value === undefined)
        return [];
    const counted = fragment.lineNumbers ? new Set(fragment.lineNumbers) : undefined;
    const textLineOf = new Map((fragment.lineNumbers ?? []).map((line, i) => [line, i + 1]));
    const matches = [];
    (0,_checks_document_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDocumentKeys */ .S)(doc, schema, environment || undefined, (path, value) => {
        const place = doc.locate(path).value;
        if (counted && !counted.has(place.line))
            return;
        matches.push({
            rule: _schema_aware_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_AWARE_RULE */ .o,
            line: place.line,
            column: place.column,
            secret: value,
            textLine: counted ? textLineOf.get(place.line) : place.line,
        });
    });
    return matches;
}


/***/ })

};
