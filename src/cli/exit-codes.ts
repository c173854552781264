/** The exit codes of every door: 0 clean, 1 problems found, 2 could not run. */
export const EXIT = { ok: 0, findings: 1, couldNotRun: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
