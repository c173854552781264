export const id = 981;
export const ids = [981];
export const modules = {

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDotenvFilesInGit: () => (/* binding */ checkDotenvFilesInGit),
/* harmony export */   isDotenvFile: () => (/* binding */ isDotenvFile)
/* harmony export */ });
/* harmony import */ var _git_run_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6148);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);


const DOTENV_FILE = /(^|\/)\.env(\.[^/]*)?$/;
/**
 * True for `.env`, `.env.production`, `config/.env.local`; false for the templates
 * (`.env.example` and the other allowed suffixes, `scan.allowedDotenvSuffixes` in the policy).
 */
function isDotenvFile(path, allowedSuffixes = ["example", "sample", "template", "dist"]) {
    if (!DOTENV_FILE.test(path))
        return false;
    const suffix = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    return !(path.includes(".env.") && allowedSuffixes.some((s) => s.toLowerCase() === suffix));
}
/**
 * Asks git itself: which `.env` files are tracked, and whether `.gitignore` ignores the
 * `.env` files the policy names. Outside a git repository it says the checks were skipped.
 */
async function checkDotenvFilesInGit(policy) {
    const inside = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(policy.root, ["rev-parse", "--is-inside-work-tree"]);
    const isRepo = inside.code === 0 && inside.stdout.trim() === "true";
    if (!isRepo) {
        return [
            (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
                rule: "repo/not-a-repository",
                severity: "warning",
                message: `${policy.root} is not inside a git repository: whether .env files are tracked or ignored was not checked.`,
                fix: "Run envguard check inside the project's git work tree.",
            }),
        ];
    }
    const findings = [];
    const listed = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(policy.root, ["ls-files", "-z", "--cached"]);
    if (listed.code !== 0)
        throw new Error(`git ls-files failed: ${listed.stderr.trim()}`);
    const tracked = listed.stdout.split("\0").filter((p) => p !== "");
    for (const file of tracked.filter((p) => isDotenvFile(p, policy.scan.allowedDotenvSuffixes))) {
        findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
            rule: "repo/tracked-dotenv",
            severity: "error",
            file,
            message: `${file} is tracked by git; .env files hold local secrets and must never be committed.`,
            fix: `Run git rm --cached -- ${JSON.stringify(file)}, make sure .gitignore ignores it, and rotate any secret it held.`,
        }));
    }
    const ignored = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(policy.root, [
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
    for (const line of lines.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab < 0)
            continue;
        const source = line.slice(0, tab);
        const file = line.slice(tab + 1);
        if (source !== "::")
            continue;
        findings.push((0,_report_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
            rule: "repo/dotenv-not-ignored",
            severity: "error",
            file: ".gitignore",
            key: file,
            message: `.gitignore does not ignore ${file}, so a local secrets file can be committed by accident.`,
            fix: `Add a line "${file}" to .gitignore (and "!.env.example" if you keep one).`,
        }));
    }
    return findings;
}


/***/ })

};
