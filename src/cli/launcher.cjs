// The entry of dist/cli.cjs, the `envguard` command: a CommonJS bundle, so that the pre-commit hook
// can load its engine through V8's code cache (see launch.ts and code-cache.ts).
require("./launch.ts")
  .launch(process.argv.slice(2), __dirname)
  .then((code) => {
    process.exitCode = code;
  });
