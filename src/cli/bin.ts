#!/usr/bin/env node
import { fastPath } from "./fast-path.js";

const argv = process.argv.slice(2);
// The pre-commit hook's command line skips the argument parser; everything else goes through main.
(fastPath(argv) ?? import("./main.js").then(({ main }) => main(argv))).then((code) => {
  process.exitCode = code;
});
