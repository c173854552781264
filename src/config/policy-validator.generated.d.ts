import type { ErrorObject } from "ajv";

/** The policy schema compiled ahead of time (see scripts/gen-policy-validator.mjs). */
export declare function validate(data: unknown): boolean;
export declare namespace validate {
  let errors: ErrorObject[] | null | undefined;
}
export default validate;
