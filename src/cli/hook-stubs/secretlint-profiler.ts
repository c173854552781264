// What the pre-commit hook's engine gets for `@secretlint/profiler` (tsconfig.hook.json maps it
// here). secretlint's core marks every rule and file with performance marks that envguard never
// reads (detect.ts turns marking off in the other bundles); the real module loads perf_hooks and
// starts a PerformanceObserver at import.

export const secretLintProfiler = {
  mark(_marker: unknown): void {},
  async getEntries(): Promise<never[]> {
    return [];
  },
  async getMeasures(): Promise<never[]> {
    return [];
  },
};
