import { serveConfigCheckWorker } from "./config-check.js";
import { run } from "./main.js";

// The runner's entry (dist/index.js), and the entry of the worker that runs the config check.
// An unexpected error still ends in a message and exit 2, never a stack trace.
if (!(await serveConfigCheckWorker())) {
  run().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(
      `::error::envguard could not run: ${message.split("\n")[0]?.replace(/[%\r\n]/g, " ")}\n`,
    );
    process.exitCode = 2;
  });
}
