import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type Finding, makeFinding } from "../report/finding.js";
import { type ConfigDocument, formatOf, parseConfigDocument } from "./document.js";
import { type DotenvParseResult, parseDotenv } from "./dotenv.js";
import { ProjectError } from "./errors.js";
import { loadPolicy, type Policy } from "./policy.js";
import { compileSchema, type LoadedSchema } from "./schema.js";
import { didYouMean } from "./suggest.js";

/** Everything a check reads from disk, parsed: the I/O edge of the config side. */
export interface Project {
  policy: Policy;
  schema: LoadedSchema;
  /** The environments this run covers, in policy order. */
  environments: string[];
  base?: ConfigDocument;
  environmentFiles: Map<string, ConfigDocument>;
  dotenvExample?: { file: string; parsed: DotenvParseResult };
  configExample?: ConfigDocument;
  /** Problems met while finding files: two files for one layer, files for unknown environments. */
  problems: Finding[];
}

export { ProjectError } from "./errors.js";

const CONFIG_EXTENSIONS = [".json", ".yaml", ".yml"];

function projectError(message: string, fix: string, file?: string): ProjectError {
  return new ProjectError([
    makeFinding({ rule: "project/unreadable", severity: "error", file, message, fix }),
  ]);
}

/** Reads a file as UTF-8 text; any failure is a "could not run" error naming the file. */
export function readProjectFile(root: string, file: string): string {
  try {
    return readFileSync(path.resolve(root, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const why = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code;
    throw projectError(
      `${file} could not be read (${why}).`,
      "Make the file readable, or fix the path.",
      file,
    );
  }
}

/** Finds `<dir>/<stem>.{json,yaml,yml}`; two of them for one layer is ambiguous. */
function findLayerFile(root: string, dir: string, stem: string, problems: Finding[]): string | undefined {
  const found = CONFIG_EXTENSIONS.map((ext) => `${dir}/${stem}${ext}`).filter((f) =>
    existsSync(path.resolve(root, f)),
  );
  if (found.length > 1) {
    problems.push(
      makeFinding({
        rule: "config/ambiguous-file",
        severity: "error",
        file: found[1],
        message: `${found.join(" and ")} both define the ${stem} layer; envguard reads only ${found[0]}.`,
        fix: `Merge them into one file and delete the other.`,
      }),
    );
  }
  return found[0];
}

export interface LoadProjectOptions {
  policyFile?: string | undefined;
  /** An already loaded policy (then `policyFile` is not read). */
  policy?: Policy | undefined;
  /** Limit the run to these environments (all when empty). */
  environments?: string[] | undefined;
  /**
   * Read only the schema and the layers (`loadConfig` at an app's start): not the example files, and
   * no look for config files no environment reads. Those are `check`'s business; an app must not
   * fail to start over a template.
   */
  layersOnly?: boolean;
}

/** The project's schema, read and compiled (the scanner's schema-aware rule needs only this). */
export function loadSchema(root: string, policy: Policy): LoadedSchema {
  const schemaDoc = parseConfigDocument(policy.schema, readProjectFile(root, policy.schema), "json", false);
  return compileSchema(schemaDoc, policy.envPrefix);
}

export function loadProject(root: string, options: LoadProjectOptions = {}): Project {
  const policy = options.policy ?? loadPolicy(root, options.policyFile);
  const configDir = policy.configDir.replace(/\/+$/, "");
  const dirPath = path.resolve(root, configDir);
  if (!existsSync(dirPath) || !statSync(dirPath).isDirectory()) {
    throw projectError(
      `The config directory ${configDir}/ does not exist in ${root}.`,
      "Run envguard from the project root, create the directory, or set configDir in .envguard.yml.",
      configDir,
    );
  }
  if (!existsSync(path.resolve(root, policy.schema))) {
    throw projectError(
      `The schema ${policy.schema} does not exist.`,
      "Create it (a JSON Schema with x-secret and x-env annotations) or set schema in .envguard.yml.",
      policy.schema,
    );
  }
  const environments = selectEnvironments(policy, options.environments);
  const schema = loadSchema(root, policy);
  const problems: Finding[] = [];
  const read = (file: string | undefined): ConfigDocument | undefined => {
    if (!file) return undefined;
    const doc = parseConfigDocument(file, readProjectFile(root, file), formatOf(file));
    problems.push(...doc.problems);
    return doc;
  };
  const project: Project = { policy, schema, environments, environmentFiles: new Map(), problems };
  const base = read(findLayerFile(root, configDir, "base", problems));
  if (base) project.base = base;
  for (const env of environments) {
    const doc = read(findLayerFile(root, configDir, env, problems));
    if (doc) project.environmentFiles.set(env, doc);
  }
  if (options.layersOnly) return project;
  problems.push(...strayConfigFiles(root, configDir, policy));

  if (existsSync(path.resolve(root, policy.examples.dotenv))) {
    project.dotenvExample = {
      file: policy.examples.dotenv,
      parsed: parseDotenv(readProjectFile(root, policy.examples.dotenv)),
    };
  }
  const configExample = policy.examples.config;
  if (existsSync(path.resolve(root, configExample))) {
    project.configExample = parseConfigDocument(configExample, readProjectFile(root, configExample));
  }
  return project;
}

function selectEnvironments(policy: Policy, wanted: string[] | undefined): string[] {
  if (!wanted || wanted.length === 0) return [...policy.environments];
  const unknown = wanted.filter((e) => !policy.environments.includes(e));
  if (unknown.length > 0) {
    const name = unknown[0] as string;
    throw new ProjectError([
      makeFinding({
        rule: "project/unknown-environment",
        severity: "error",
        message: `"${name}" is not one of this project's environments (${policy.environments.join(", ")})${didYouMean(name, policy.environments)}.`,
        fix: "Pass one of the listed names, or add it to environments in .envguard.yml.",
      }),
    ]);
  }
  return policy.environments.filter((e) => wanted.includes(e));
}

/** A file such as `config/prod.json` when the environment is called production is read by nobody. */
function strayConfigFiles(root: string, configDir: string, policy: Policy): Finding[] {
  const known = new Set(["base", ...policy.environments]);
  const reserved = new Set([policy.schema, policy.examples.config].map((f) => path.posix.normalize(f)));
  const out: Finding[] = [];
  for (const name of readdirSync(path.resolve(root, configDir)).sort()) {
    const ext = path.extname(name).toLowerCase();
    if (!CONFIG_EXTENSIONS.includes(ext)) continue;
    const file = `${configDir}/${name}`;
    const stem = name.slice(0, -ext.length);
    if (known.has(stem) || reserved.has(path.posix.normalize(file))) continue;
    out.push(
      makeFinding({
        rule: "config/unknown-environment",
        severity: "warning",
        file,
        message: `${file} belongs to no environment, so nothing reads it${didYouMean(stem, policy.environments)}.`,
        fix: `Rename it after its environment (${policy.environments.join(", ")}), or add the environment to .envguard.yml.`,
      }),
    );
  }
  return out;
}
