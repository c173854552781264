import { type Finding } from "../report/finding.js";
import type { ConfigDocument, KeyPath } from "./document.js";
import type { DotenvParseResult } from "./dotenv.js";
import type { Policy } from "./policy.js";
import { type SecretReference } from "./reference.js";
import type { LoadedSchema, SchemaKey } from "./schema.js";
/** Where a resolved value came from. */
export type Source = {
    kind: "default";
    file: string;
    line: number;
    column: number;
} | {
    kind: "file";
    file: string;
    line: number;
    column: number;
} | {
    kind: "dotenv";
    file: string;
    line: number;
    column: number;
    variable: string;
} | {
    kind: "env";
    variable: string;
};
export interface ResolvedValue {
    key: string;
    path: string[];
    value: unknown;
    secret: boolean;
    source: Source;
    /** Set when the value is a secret-manager or variable reference rather than the value itself. */
    reference?: SecretReference;
}
/** The layers of one environment, lowest precedence first. */
export interface EnvironmentLayers {
    environment: string;
    base?: ConfigDocument | undefined;
    environmentFile?: ConfigDocument | undefined;
    /** Present only for environments that read a `.env` file (local by default). */
    dotenv?: {
        file: string;
        parsed: DotenvParseResult;
    } | undefined;
    /** Process environment; omitted when checking committed files only. */
    environ?: Record<string, string | undefined> | undefined;
}
export interface Resolution {
    environment: string;
    config: Record<string, unknown>;
    findings: Finding[];
    /** Where the value at `path` came from (the highest layer that sets it). */
    sourceOf(path: KeyPath): Source | undefined;
    /** Every schema key that has a value, plus any other leaf set by a file. */
    values(): ResolvedValue[];
}
/** Objects merge key by key; anything else (lists included) replaces what was below it. */
export declare function deepMerge(lower: unknown, higher: unknown): unknown;
/** The value at `path`, and whether it is there at all (a key set to undefined still is). */
export declare function getIn(value: unknown, path: KeyPath): {
    found: boolean;
    value?: unknown;
};
type Coerced = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    expected: string;
};
/** Reads an environment string as the schema's type: numbers, booleans, lists (JSON or a,b,c), objects (JSON). */
export declare function coerceEnvironmentString(text: string, key: Pick<SchemaKey, "types" | "itemTypes">): Coerced;
export type Dereference = (reference: SecretReference) => {
    ok: true;
    value: string;
} | {
    ok: false;
    problem: string;
};
export interface ResolveOptions {
    /** `committed`: only what is in git (check). `runtime`: also .env and the process environment. */
    mode: "committed" | "runtime";
    /** Replaces references by their values (runtime); without it references stay as written. */
    dereference?: Dereference | undefined;
}
export declare function resolveEnvironment(schema: LoadedSchema, policy: Policy, input: EnvironmentLayers, { mode, dereference }: ResolveOptions): Resolution;
/**
 * Calls `visit` for every scalar, with its path. The path array is reused between calls:
 * copy it to keep it.
 */
export declare function forEachLeaf(value: unknown, path: string[], visit: (path: string[], value: unknown) => void): void;
/** Says where a value came from in words: `config/staging.json:12`, `DATABASE_PORT`, the schema default. */
export declare function describeSource(source: Source): string;
export {};
