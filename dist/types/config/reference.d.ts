/** A pointer to a secret held elsewhere: the only form a secret may take in a committed file. */
export type SecretReference = {
    scheme: "env";
    variable: string;
} | {
    scheme: "file";
    path: string;
} | {
    scheme: "vault";
    mount: string;
    path: string;
    field: string;
} | {
    scheme: "aws-sm";
    secretId: string;
    field?: string;
    versionStage?: string;
};
export type ReferenceParse = {
    ok: true;
    reference: SecretReference;
} | {
    ok: false;
    problem: string;
};
/** True when the value claims to be a reference, well-formed or not. */
export declare function looksLikeReference(value: unknown): value is string;
/**
 * Parses `env://NAME`, `${NAME}`, `file:///path`, `vault://mount/path#field`,
 * `aws-sm://secret-id[#field][?versionStage=STAGE]`. Returns undefined for a plain value.
 * Problems describe the syntax only; they never repeat the value.
 */
export declare function parseReference(value: unknown): ReferenceParse | undefined;
/** How a reference is shown: references hold no secret, so they may be printed as written. */
export declare function describeReference(ref: SecretReference): string;
