#!/usr/bin/env node
// The floor for `envguard check`: the least work any tool must do to say "every environment is valid",
// as its own Node process, in the same shape as check: load the schema, compile it once, read base and
// each environment with JSON.parse, deep-merge base + environment (objects merge, arrays replace),
// validate each merged object. Same ajv, same options and the same two annotation keywords as envguard.
//
//   node bench/floor-ajv.mjs <workload-dir>
//
// Exit 0 when every environment is valid, 1 when any is invalid (the errors go to stderr), 2 on usage.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node bench/floor-ajv.mjs <workload-dir>");
  process.exit(2);
}
const root = path.resolve(dir);
const readJson = (file) => JSON.parse(readFileSync(path.resolve(root, file), "utf8"));

// The workload says where its schema and base are and which environments it has.
const project = readJson("envguard.config.json");
const layerDir = path.dirname(project.base);

const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addKeyword({ keyword: "x-secret", metaSchema: { type: "boolean" } });
ajv.addKeyword({ keyword: "x-env", metaSchema: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" } });
const validate = ajv.compile(readJson(project.schema));

const isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
/** Objects merge key by key; anything else (arrays included) in the overlay replaces the base. */
function merge(base, overlay) {
  if (!isObject(base) || !isObject(overlay)) return overlay;
  const out = { ...base };
  for (const [key, value] of Object.entries(overlay))
    out[key] = key in base ? merge(base[key], value) : value;
  return out;
}

const base = readJson(project.base);
let invalid = 0;
for (const env of project.environments) {
  const merged = merge(base, readJson(path.join(layerDir, `${env}.json`)));
  if (!validate(merged)) {
    invalid++;
    console.error(`${env}: ${ajv.errorsText(validate.errors)}`);
  }
}
process.exit(invalid > 0 ? 1 : 0);
