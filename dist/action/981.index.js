export const id = 981;
export const ids = [981];
export const modules = {

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDotenvFilesInGit: () => (/* binding */ checkDotenvFilesInGit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_run_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6148);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9023);
/* harmony import */ var _scan_rules_sensitive_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3599);





/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
async function checkDotenvFilesInGit(policy) {
    const inside = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E)(policy.root, ["rev-parse", "--is-inside-work-tree"]);
    const isRepo = inside.code === 0 && inside.stdout.trim() === "true";
    if (!isRepo) {
        return [
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFinding */ .MH)({
                rule: "repo/not-a-repository",
                severity: "warning",
                message: `${policy.root} is not inside a git repository: whether .env files are tracked or ignored was not checked.`,
                fix: "Run envguard check inside the project's git work tree.",
            }),
        ];
    }
    const findings = [];
    const listed = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E)(policy.root, ["ls-files", "-z", "--cached"]);
    if (listed.code !== 0)
        throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
    const tracked = listed.stdout.split("\0").filter((p) => p !== "");
    for (const file of tracked.filter((p) => (0,_scan_rules_sensitive_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isDotenvPath */ .wd)(p, policy.scan.allowedDotenvSuffixes))) {
        findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFinding */ .MH)({
            rule: "repo/tracked-dotenv",
            severity: "error",
            file,
            message: `${file} is tracked by git; .env files hold local secrets and must never be committed.`,
            fix: `Run git rm --cached -- ${JSON.stringify(file)}, make sure .gitignore ignores it, and rotate any secret it held.`,
        }));
    }
    const ignored = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E)(policy.root, [
        "check-ignore",
        "--no-index",
        "--verbose",
        "--non-matching",
        "--",
        ...policy.dotenv.files,
    ]);
    // Exit 1 only says that some path is not ignored; 128 is a real failure.
    if (ignored.code > 1)
        throw new Error(`git check-ignore failed: ${ignored.stderr.trim()}`);
    const lines = ignored.stdout;
    // Placed on .gitignore (an annotation and a link to edit) only when the project has one.
    const hasGitignore = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(policy.root, ".gitignore"));
    for (const line of lines.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab < 0)
            continue;
        const source = line.slice(0, tab);
        const file = line.slice(tab + 1);
        if (source !== "::")
            continue;
        findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFinding */ .MH)({
            rule: "repo/dotenv-not-ignored",
            severity: "error",
            ...(hasGitignore ? { file: ".gitignore" } : {}),
            key: file,
            message: hasGitignore
                ? `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`
                : `Nothing ignores ${file} (the project has no .gitignore), so a local secrets file can be committed by accident.`,
            fix: hasGitignore
                ? `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`
                : `Create .gitignore with a line "${file}" (and "!.env.example" if you keep one), and commit it.`,
        }));
    }
    return findings;
}


/***/ })

};
