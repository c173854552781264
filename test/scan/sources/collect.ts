import type { Fragment, ScanStats } from "../../../src/scan/fragment.js";
import type { ScanSource } from "../../../src/scan/sources/scan-source.js";

/** Reads a source to the end. */
export async function collect(source: ScanSource): Promise<{ fragments: Fragment[]; stats: ScanStats }> {
  const fragments: Fragment[] = [];
  for await (const fragment of source.fragments) fragments.push(fragment);
  return { fragments, stats: source.stats() };
}

/** The fields a test usually asserts, without sizes and commit details. */
export function brief(
  fragment: Fragment,
): Pick<Fragment, "path" | "text" | "lineNumbers" | "change" | "previousPath" | "skipped"> {
  const { path, text, lineNumbers, change, previousPath, skipped } = fragment;
  const out: ReturnType<typeof brief> = { path, text };
  if (lineNumbers !== undefined) out.lineNumbers = lineNumbers;
  if (change !== undefined) out.change = change;
  if (previousPath !== undefined) out.previousPath = previousPath;
  if (skipped !== undefined) out.skipped = skipped;
  return out;
}
