/** envguard's version, as `--version`, SARIF and the Action report it (kept equal to package.json's by a test). */
export declare const VERSION = "0.1.0";
