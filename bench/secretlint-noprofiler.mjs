// Preload for the secretlint CLI: `node --import <this file> node_modules/secretlint/bin/secretlint.js …`
// makes secretlint's profiler a no-op, the way envguard's detector does (src/scan/detect.ts).
//
// secretlint (≤ 13.0) marks every rule and file with performance.mark, and its PerformanceObserver
// keeps every entry and searches them on each mark: the cost grows with the square of the files
// linted in one process (secretlint issues #1633, #1653). This imports the very module instance the
// CLI will import (one copy of @secretlint/profiler in node_modules) and replaces `mark`.
import { secretLintProfiler } from "@secretlint/profiler";

secretLintProfiler.mark = () => {};
