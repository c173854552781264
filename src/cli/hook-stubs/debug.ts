// What the pre-commit hook's engine gets for the `debug` package (tsconfig.hook.json maps it here).
// secretlint's core logs through `debug`, which envguard never turns on; loading the real package
// (with tty, util and supports-color) costs more than a millisecond of every commit.

export interface Debugger {
  (...args: unknown[]): void;
  enabled: boolean;
  namespace: string;
  extend(suffix: string, delimiter?: string): Debugger;
}

export default function createDebug(namespace: string): Debugger {
  const logger = (() => {}) as Debugger;
  logger.enabled = false;
  logger.namespace = namespace;
  logger.extend = (suffix, delimiter = ":") => createDebug(`${namespace}${delimiter}${suffix}`);
  return logger;
}
