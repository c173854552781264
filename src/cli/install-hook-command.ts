import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CHAINED_SUFFIX,
  detectHookManager,
  type HookManager,
  HooksDirError,
  type HooksLocation,
  isEnvguardHook,
  locateHooksDir,
} from "../git/hooks-dir.js";
import { printable } from "../report/sanitize.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

export interface InstallHookOptions {
  root: string;
  /** Install even when husky, the pre-commit framework or lefthook owns the hooks. */
  force: boolean;
}

/** The line that runs envguard from a hook manager's own config. */
const HOOK_COMMAND = "npx --no envguard pre-commit";

/** The envguard package this code runs from: dist/cli/ (bundle) and src/cli/ are both two folders down. */
function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
}

/** A string as one single-quoted sh word. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook to write: the package's hooks/pre-commit (one script for every route), told which
 * node and CLI installed it, tried after the project's own node_modules/.bin/envguard.
 */
function installedHookScript(template: string, node: string, cli: string | undefined): string {
  return template
    .replace(/^installed_node=''$/m, () => `installed_node=${shellQuote(node)}`)
    .replace(/^installed_cli=''$/m, () => `installed_cli=${shellQuote(cli ?? "")}`);
}

function readHookTemplate(): { template: string; cli: string | undefined } {
  const root = packageRoot();
  const file = path.join(root, "hooks", "pre-commit");
  if (!existsSync(file)) {
    throw new HooksDirError(`the envguard package has no hooks/pre-commit (looked in ${root}).`);
  }
  const cli = path.join(root, "dist", "cli.cjs");
  return { template: readFileSync(file, "utf8"), cli: existsSync(cli) ? cli : undefined };
}

/** The hook file's text, or undefined when there is none (a dangling link counts as one). */
function readHook(file: string): string | undefined {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** A path as a person reads it (relative to the work tree when inside it), safe to print. */
function shown(location: HooksLocation, file: string): string {
  const relative = path.relative(location.topLevel, file);
  const text =
    relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
  return printable(text);
}

/** A hook manager as a sentence names it. */
const MANAGER_LABEL: Record<HookManager["name"], string> = {
  husky: "husky",
  "pre-commit": "the pre-commit framework",
  lefthook: "lefthook",
};

/** What to add to the manager's config instead, as exact text. */
function managerInstructions(manager: HookManager): string {
  switch (manager.name) {
    case "husky":
      return ["Add this line to .husky/pre-commit:", "", `  ${HOOK_COMMAND}`].join("\n");
    case "pre-commit":
      return [
        "Add envguard to .pre-commit-config.yaml, under repos:",
        "",
        "  - repo: local",
        "    hooks:",
        "      - id: envguard",
        "        name: envguard",
        `        entry: ${HOOK_COMMAND}`,
        "        language: system",
        "        pass_filenames: false",
        "        always_run: true",
        "",
        "then run: pre-commit install",
      ].join("\n");
    case "lefthook":
      return [
        "Add envguard to lefthook.yml:",
        "",
        "  pre-commit:",
        "    commands:",
        "      envguard:",
        `        run: ${HOOK_COMMAND}`,
        "",
        "then run: npx lefthook install",
      ].join("\n");
  }
}

function fail(message: string): ExitCode {
  process.stderr.write(`envguard: ${message}\n`);
  return EXIT.couldNotRun;
}

/**
 * `envguard install-hook`: writes the pre-commit hook into the folder git runs hooks from. A hook
 * already there is kept (renamed *.envguard-chained) and runs first; a hook manager's folder is
 * left to the manager unless `force`. Installing again updates the hook in place.
 */
export async function runInstallHook(options: InstallHookOptions): Promise<ExitCode> {
  let location: HooksLocation;
  let hook: { template: string; cli: string | undefined };
  try {
    location = await locateHooksDir(options.root);
    hook = readHookTemplate();
  } catch (error) {
    if (error instanceof HooksDirError) return fail(printable(error.message));
    throw error;
  }
  const hookFile = path.join(location.hooksDir, "pre-commit");
  const chainedFile = `${hookFile}${CHAINED_SUFFIX}`;
  const existing = readHook(hookFile);
  const script = installedHookScript(hook.template, process.execPath, hook.cli);

  if (isEnvguardHook(existing)) {
    writeHook(hookFile, script);
    process.stdout.write(
      `envguard: the pre-commit hook in ${shown(location, hookFile)} is envguard's: updated.\n`,
    );
    return EXIT.ok;
  }

  const manager = detectHookManager(location, existing);
  if (manager && !options.force) {
    return fail(
      [
        `${MANAGER_LABEL[manager.name]} manages this repository's git hooks (${printable(manager.evidence)}), so envguard did not write one.`,
        managerInstructions(manager),
        "",
        "(envguard install-hook --force installs into the hooks folder anyway, keeping the hook there.)",
      ].join("\n"),
    );
  }

  if (existing !== undefined) {
    if (readHook(chainedFile) !== undefined) {
      return fail(
        `both ${shown(location, hookFile)} and ${shown(location, chainedFile)} exist and neither is envguard's hook; ` +
          "envguard will not overwrite either. Merge them or remove one, then run envguard install-hook again.",
      );
    }
    renameSync(hookFile, chainedFile);
  }
  writeHook(hookFile, script);

  const lines = [`envguard: installed the pre-commit hook in ${shown(location, hookFile)}.`];
  if (existing !== undefined) {
    lines.push(
      `  The hook that was there runs first (kept as ${shown(location, chainedFile)}); its failure stops the commit.`,
    );
  }
  if (manager) {
    const label = MANAGER_LABEL[manager.name];
    lines.push(
      `  Installed despite ${label} (--force): ${label} may overwrite it when it reinstalls its hooks.`,
    );
  }
  lines.push("  envguard uninstall-hook removes it.");
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

function writeHook(file: string, script: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Write beside it and rename, so a commit running meanwhile never sees half a hook.
  const temporary = `${file}.envguard-${process.pid}.tmp`;
  writeFileSync(temporary, script, { mode: 0o755 });
  chmodSync(temporary, 0o755);
  renameSync(temporary, file);
}

/** `envguard uninstall-hook`: removes envguard's hook and puts back the hook it chained, if any. */
export async function runUninstallHook(options: { root: string }): Promise<ExitCode> {
  let location: HooksLocation;
  try {
    location = await locateHooksDir(options.root);
  } catch (error) {
    if (error instanceof HooksDirError) return fail(printable(error.message));
    throw error;
  }
  const hookFile = path.join(location.hooksDir, "pre-commit");
  const chainedFile = `${hookFile}${CHAINED_SUFFIX}`;
  const existing = readHook(hookFile);
  if (!isEnvguardHook(existing)) {
    const what =
      existing === undefined
        ? `there is no pre-commit hook in ${shown(location, location.hooksDir)}`
        : `the pre-commit hook in ${shown(location, hookFile)} is not envguard's: left as it is`;
    const chained =
      readHook(chainedFile) !== undefined
        ? ` (${shown(location, chainedFile)} is a hook envguard once kept aside: rename it to pre-commit to use it again)`
        : "";
    process.stdout.write(`envguard: nothing to uninstall: ${what}${chained}.\n`);
    return EXIT.ok;
  }
  rmSync(hookFile);
  if (readHook(chainedFile) !== undefined) {
    renameSync(chainedFile, hookFile);
    process.stdout.write(
      `envguard: removed the pre-commit hook; the hook that was there before is back in ${shown(location, hookFile)}.\n`,
    );
  } else {
    process.stdout.write(`envguard: removed the pre-commit hook from ${shown(location, hookFile)}.\n`);
  }
  return EXIT.ok;
}
