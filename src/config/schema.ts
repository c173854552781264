import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { type Finding, makeFinding } from "../report/finding.js";
import type { ConfigDocument, KeyPath } from "./document.js";
import { SchemaError } from "./errors.js";
import { dottedKey, envVarNameFor, pointerToPath } from "./key-path.js";
import { expectation } from "./validation-message.js";

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** One configuration key the schema declares. */
export interface SchemaKey {
  path: string[];
  /** `database.poolSize` */
  name: string;
  /** The environment variable that sets it: `x-env`, or the upper-snake path with the policy prefix. */
  envVar: string;
  /** True when the key named its variable with `x-env`. */
  explicitEnv: boolean;
  secret: boolean;
  types: string[];
  /** For lists: the item type, so `a,b,c` from the environment becomes the right values. */
  itemTypes: string[];
  hasDefault: boolean;
  default?: unknown;
  description?: string;
  /** Required by its parent object (the parent itself may be optional). */
  required: boolean;
  /** Comes from the environment at run time (x-env or x-secret): never "missing" from committed files. */
  runtime: boolean;
}

/** What the schema says of one object level: its declared properties and whether others are allowed. */
export interface ObjectShape {
  properties: string[];
  /** True when undeclared keys are allowed (additionalProperties given, or patternProperties). */
  open: boolean;
}

export interface LoadedSchema {
  file: string;
  validate: ValidateFunction;
  keys: SchemaKey[];
  keyByName: Map<string, SchemaKey>;
  /** The shape of the object at a path, list items and map values included (undefined for maps and leaves). */
  shapeAt(path: KeyPath): ObjectShape | undefined;
  /** The (sub)schema that governs the value at a data path, following properties, maps and items. */
  nodeAt(path: KeyPath): AnySchemaObject | undefined;
  /** The root schema ($ref resolved): with `child` and `shapeOf`, a walk that follows the data step by step. */
  root: AnySchemaObject;
  /** One step down: the subschema for a property name or list index, or undefined if none applies. */
  child(node: AnySchemaObject, segment: string): AnySchemaObject | undefined;
  /** The object shape a subschema declares (undefined when it declares no properties). */
  shapeOf(node: AnySchemaObject | undefined): ObjectShape | undefined;
  /** The schema key at or above a path: the key whose value contains `path`. */
  keyFor(path: KeyPath): SchemaKey | undefined;
  /** The schema's default values as one object. */
  defaults: Record<string, unknown>;
  /** Position of a schema node in the schema file, for findings about defaults. */
  locateDefault(path: KeyPath): { line: number; column: number };
}

export { SchemaError } from "./errors.js";

function schemaProblem(doc: ConfigDocument, path: KeyPath, message: string, fix: string): Finding {
  const at = doc.locate(path);
  const pos = at.key ?? at.value;
  return makeFinding({
    rule: "schema/invalid",
    severity: "error",
    file: doc.file,
    line: pos.line,
    column: pos.column,
    message,
    fix,
  });
}

function makeAjv(draft: string, doc: ConfigDocument): Ajv {
  // `optimize: false` skips ajv's code-optimisation passes: on a large schema they cost more
  // at compile time than they save in one validation run of a few environments.
  const options = {
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: false,
    messages: true,
    code: { optimize: false },
  };
  let ajv: Ajv;
  if (draft.includes("2020-12")) ajv = new Ajv2020(options) as unknown as Ajv;
  else if (draft.includes("2019-09")) ajv = new Ajv2019(options) as unknown as Ajv;
  else if (draft === "" || draft.includes("draft-07")) ajv = new Ajv(options);
  else {
    throw new SchemaError([
      schemaProblem(
        doc,
        ["$schema"],
        `${doc.file} declares ${JSON.stringify(draft)}, a JSON Schema version envguard does not read.`,
        'Use "https://json-schema.org/draft/2020-12/schema" or "http://json-schema.org/draft-07/schema#".',
      ),
    ]);
  }
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-secret", metaSchema: { type: "boolean" } });
  ajv.addKeyword({ keyword: "x-env", metaSchema: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" } });
  return ajv;
}

/** Finds where a keyword named in an ajv strict-mode message stands in the schema document. */
function findKeyword(
  value: unknown,
  keyword: string,
  path: (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(k) : k];
    if (k === keyword && !Array.isArray(value)) return here;
    const inner = findKeyword(v, keyword, here);
    if (inner) return inner;
  }
  return undefined;
}

export function compileSchema(doc: ConfigDocument, envPrefix = ""): LoadedSchema {
  if (doc.problems.some((p) => p.severity === "error")) {
    throw new SchemaError(doc.problems.map((p) => ({ ...p, rule: "schema/invalid" })));
  }
  const schema = doc.value;
  // An empty file would compile to {}, a schema that accepts anything: surely not what was meant.
  const empty = doc.problems.some((p) => p.rule === "config/empty-file");
  if (empty || typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new SchemaError([
      schemaProblem(
        doc,
        [],
        `${doc.file} must be a JSON Schema object.`,
        'Start it with { "type": "object", ... }.',
      ),
    ]);
  }
  const root = schema as AnySchemaObject;
  const draft = typeof root.$schema === "string" ? root.$schema : "";
  const ajv = makeAjv(draft, doc);

  if (!ajv.validateSchema(root)) {
    const errors = (ajv.errors ?? []) as ErrorObject[];
    throw new SchemaError(
      dedupeSchemaErrors(errors).map((e) => {
        const path = pointerToPath(e.instancePath);
        let actual: unknown = root;
        for (const seg of path) actual = (actual as Record<string, unknown> | undefined)?.[seg];
        return schemaProblem(
          doc,
          path,
          `${doc.file}: ${dottedKey(path) || "the schema"} ${expectation(e, actual)}.`,
          "Fix the schema so that it is valid JSON Schema.",
        );
      }),
    );
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(root);
  } catch (error) {
    const message = String((error as Error).message).replace(/\s*\(strictMode\)\s*$/, "");
    const keyword =
      /keyword[:\s]+"?([^"\s]+)"?/.exec(message)?.[1] ??
      (/^unknown format/.test(message) ? "format" : undefined);
    // Most messages name the schema location ("at path "#/properties/port""); the rest only the keyword.
    const pointer = /\bat (?:path )?"#([^"]*)"/.exec(message)?.[1];
    const at =
      pointer !== undefined
        ? [...pointerToPath(decodeURIComponent(pointer)), ...(keyword ? [keyword] : [])]
        : (keyword && findKeyword(root, keyword)) || [];
    const badAnnotation = keyword === "x-env" || keyword === "x-secret";
    throw new SchemaError([
      schemaProblem(
        doc,
        at,
        `${doc.file} is not valid in strict mode: ${message}.`,
        badAnnotation
          ? "x-env takes an environment variable name (letters, digits and _, not starting with a digit); x-secret takes true or false."
          : keyword?.startsWith("x-")
            ? "envguard knows the annotations x-secret and x-env; remove other x- keywords."
            : "Fix the schema; strict mode rejects unknown keywords and ambiguous types.",
      ),
    ]);
  }
  const keys: SchemaKey[] = [];
  const defaults: Record<string, unknown> = {};
  // Every navigation step is cached per schema node: checks walk thousands of values through it.
  const resolved = new WeakMap<AnySchemaObject, AnySchemaObject>();
  const resolveRef = (node: AnySchemaObject): AnySchemaObject => {
    const cached = resolved.get(node);
    if (cached) return cached;
    let n = node;
    for (let hops = 0; hops < 32 && typeof n.$ref === "string" && n.$ref.startsWith("#/"); hops++) {
      let target: unknown = root;
      for (const seg of pointerToPath(n.$ref.slice(1))) target = (target as Record<string, unknown>)?.[seg];
      if (typeof target !== "object" || target === null) break;
      n = {
        ...(target as AnySchemaObject),
        ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== "$ref")),
      };
    }
    resolved.set(node, n);
    return n;
  };
  const declared = new WeakMap<AnySchemaObject, [Record<string, AnySchemaObject>, string[]]>();
  const propertiesOf = (node: AnySchemaObject): [Record<string, AnySchemaObject>, string[]] => {
    const cached = declared.get(node);
    if (cached) return cached;
    const props: Record<string, AnySchemaObject> = { ...(node.properties ?? {}) };
    const required: string[] = [...(node.required ?? [])];
    for (const sub of node.allOf ?? []) {
      const [p, r] = propertiesOf(resolveRef(sub as AnySchemaObject));
      Object.assign(props, p);
      required.push(...r);
    }
    declared.set(node, [props, required]);
    return [props, required];
  };
  const walk = (rawNode: AnySchemaObject, path: string[], required: boolean) => {
    const node = resolveRef(rawNode);
    const [props, req] = propertiesOf(node);
    const isObject = Object.keys(props).length > 0;
    if (path.length > 0 && (!isObject || node["x-env"] || node["x-secret"])) {
      const type = node.type ?? (node.enum ? [...new Set(node.enum.map((v: unknown) => typeof v))] : []);
      const key: SchemaKey = {
        path,
        name: dottedKey(path),
        envVar: typeof node["x-env"] === "string" ? node["x-env"] : envVarNameFor(path, envPrefix),
        explicitEnv: typeof node["x-env"] === "string",
        secret: node["x-secret"] === true,
        types: Array.isArray(type) ? type : [type],
        itemTypes: itemTypesOf(resolveRef((node.items ?? {}) as AnySchemaObject)),
        hasDefault: "default" in node,
        default: node.default,
        description: node.description,
        required,
        runtime: typeof node["x-env"] === "string" || node["x-secret"] === true,
      };
      keys.push(key);
      if ("default" in node) setIn(defaults, path, structuredClone(node.default));
    }
    if (isObject) {
      const requiredSet = new Set(req);
      for (const [name, sub] of Object.entries(props)) walk(sub, [...path, name], requiredSet.has(name));
    }
  };
  walk(root, [], true);
  const rootNode = resolveRef(root);
  const patterns = new Map<string, RegExp>();
  const child = (node: AnySchemaObject, segment: string): AnySchemaObject | undefined =>
    childSchema(node, segment, resolveRef, propertiesOf, patterns);
  const nodeAt = (path: KeyPath): AnySchemaObject | undefined => {
    let node: AnySchemaObject | undefined = rootNode;
    for (const seg of path) {
      if (!node) break;
      node = child(node, String(seg));
    }
    return node;
  };
  const shapes = new WeakMap<AnySchemaObject, ObjectShape | null>();
  const shapeOf = (node: AnySchemaObject | undefined): ObjectShape | undefined => {
    if (!node) return undefined;
    let shape = shapes.get(node);
    if (shape === undefined) {
      const names = Object.keys(propertiesOf(node)[0]);
      const ap = node.additionalProperties;
      shape =
        names.length === 0
          ? null
          : {
              properties: names,
              open: (ap !== undefined && ap !== false) || node.patternProperties !== undefined,
            };
      shapes.set(node, shape);
    }
    return shape ?? undefined;
  };
  const keyByName = new Map(keys.map((k) => [k.name, k]));
  // A key that is a whole object (`x-env` on an object) holding a secret is a secret: shown, printed
  // and masked as one value, it carries the secret inside it.
  for (const key of keys) {
    if (!key.secret) continue;
    for (let n = key.path.length - 1; n > 0; n--) {
      const outer = keyByName.get(dottedKey(key.path.slice(0, n)));
      if (outer) outer.secret = true;
    }
  }
  return {
    file: doc.file,
    validate,
    keys,
    keyByName,
    defaults,
    shapeAt: (path) => shapeOf(nodeAt(path)),
    nodeAt,
    root: rootNode,
    child,
    shapeOf,
    keyFor: (path) => {
      for (let n = path.length; n > 0; n--) {
        const key = keyByName.get(dottedKey(path.slice(0, n)));
        if (key) return key;
      }
      return undefined;
    },
    locateDefault: (path) => {
      const schemaPath: string[] = [];
      for (const seg of path) schemaPath.push("properties", String(seg));
      const at = doc.locate([...schemaPath, "default"]);
      return at.key ?? at.value;
    },
  };
}

function itemTypesOf(items: AnySchemaObject): string[] {
  const t = items.type;
  return Array.isArray(t) ? t : typeof t === "string" ? [t] : [];
}

/** One step down the schema: a declared property, a pattern property, additionalProperties, or items. */
export function childSchema(
  node: AnySchemaObject,
  segment: string,
  resolveRef: (n: AnySchemaObject) => AnySchemaObject,
  propertiesOf: (n: AnySchemaObject) => [Record<string, AnySchemaObject>, string[]],
  patterns: Map<string, RegExp> = new Map(),
): AnySchemaObject | undefined {
  const [props] = propertiesOf(node);
  const declared = Object.hasOwn(props, segment) ? props[segment] : undefined;
  if (declared) return resolveRef(declared);
  for (const [pattern, sub] of Object.entries(
    (node.patternProperties ?? {}) as Record<string, AnySchemaObject>,
  )) {
    let re = patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, "u");
      patterns.set(pattern, re);
    }
    if (re.test(segment)) return resolveRef(sub);
  }
  if (typeof node.additionalProperties === "object" && node.additionalProperties !== null) {
    return resolveRef(node.additionalProperties as AnySchemaObject);
  }
  if (/^\d+$/.test(segment)) {
    if (Array.isArray(node.prefixItems) && node.prefixItems[Number(segment)]) {
      return resolveRef(node.prefixItems[Number(segment)] as AnySchemaObject);
    }
    if (typeof node.items === "object" && node.items !== null && !Array.isArray(node.items)) {
      return resolveRef(node.items as AnySchemaObject);
    }
  }
  return undefined;
}

/** One error per place: the meta-schema's alternatives (anyOf) otherwise add a guess for each branch. */
function dedupeSchemaErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.instancePath;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function setIn(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string;
    const next = node[seg];
    if (typeof next !== "object" || next === null || Array.isArray(next)) node[seg] = {};
    node = node[seg] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}
