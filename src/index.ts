/** envguard's library entry: what applications import. */
export { type CheckResult, checkProject, type EnvironmentStatus } from "./checks/check-project.js";
export {
  ConfigError,
  type DeepReadonly,
  type LoadConfigAsyncOptions,
  type LoadConfigOptions,
  loadConfig,
  loadConfigAsync,
  type ResolvedConfig,
  resolveConfig,
  resolveConfigAsync,
} from "./config/load.js";
export { loadProject, type Project, ProjectError } from "./config/project.js";
export type { SecretReference } from "./config/reference.js";
export { parseReference } from "./config/reference.js";
export { describeSource, type ResolvedValue, type Source } from "./config/resolve.js";
export { configFingerprint } from "./deploy/fingerprint.js";
export { envguardHealth, type HealthPayload, healthPayload } from "./deploy/health.js";
export type { Finding, Severity } from "./report/finding.js";
export { maskSecret } from "./report/mask.js";
