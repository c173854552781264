export declare const POLICY_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly environments: {
            readonly minItems: 1;
            readonly type: string;
            readonly items: object;
            readonly uniqueItems: boolean;
        };
        readonly production: {
            type: string;
            items: object;
            uniqueItems: boolean;
        };
        readonly schema: {
            type: string;
            minLength: number;
        };
        readonly configDir: {
            type: string;
            minLength: number;
        };
        readonly envPrefix: {
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_]*$";
        };
        readonly dotenv: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly files: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly environments: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
            };
        };
        readonly examples: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly dotenv: {
                    type: string;
                    minLength: number;
                };
                readonly config: {
                    type: string;
                    minLength: number;
                };
            };
        };
        readonly rules: {
            readonly type: "object";
            readonly propertyNames: {
                readonly type: "string";
                readonly pattern: "^[a-z]+/[a-z0-9-]+$";
            };
            readonly additionalProperties: {
                readonly type: "string";
                readonly enum: readonly ["error", "warning", "note", "off"];
            };
        };
        readonly productionRules: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly internalHosts: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly debugLevels: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly logLevelKeys: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
            };
        };
        readonly scan: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly ignorePaths: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly maxFileSize: {
                    readonly type: "integer";
                    readonly minimum: 1;
                };
                readonly allowedDotenvSuffixes: {
                    type: string;
                    items: object;
                    uniqueItems: boolean;
                };
                readonly baseline: {
                    type: string;
                    minLength: number;
                };
                readonly lockfiles: {
                    readonly type: "boolean";
                };
            };
        };
    };
};
