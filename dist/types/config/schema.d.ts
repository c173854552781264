import { type AnySchemaObject, type ValidateFunction } from "ajv";
import type { ConfigDocument, KeyPath } from "./document.js";
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
    locateDefault(path: KeyPath): {
        line: number;
        column: number;
    };
}
export { SchemaError } from "./errors.js";
export declare function compileSchema(doc: ConfigDocument, envPrefix?: string): LoadedSchema;
/** One step down the schema: a declared property, a pattern property, additionalProperties, or items. */
export declare function childSchema(node: AnySchemaObject, segment: string, resolveRef: (n: AnySchemaObject) => AnySchemaObject, propertiesOf: (n: AnySchemaObject) => [Record<string, AnySchemaObject>, string[]], patterns?: Map<string, RegExp>): AnySchemaObject | undefined;
export declare function setIn(target: Record<string, unknown>, path: readonly string[], value: unknown): void;
