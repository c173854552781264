// The entry of dist/hook/index.cjs, the pre-commit hook's engine: bundled as CommonJS because Node 20
// offers V8's code cache to scripts compiled with vm.Script only (see code-cache.ts).
module.exports = require("./pre-commit-command.ts");
