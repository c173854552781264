import type { Fragment, SkipReason } from "../fragment.js";
import { decodeText, looksBinary } from "./file-text.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  type ScanSource,
  type SourceOptions,
  StatsCounter,
  skipReasonFor,
} from "./scan-source.js";

/**
 * Content piped in, as one fragment named `filename` (default "-"), so file-name rules and
 * suppressions by path apply. Past `maxFileSize` the rest is drained and counted, not kept.
 */
export function scanStdin(
  stream: AsyncIterable<Buffer | string>,
  filename = "-",
  options: SourceOptions = {},
): ScanSource {
  const counter = new StatsCounter();
  const path = filename.replace(/\\/g, "/");
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  async function* read(): AsyncGenerator<Fragment> {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      bytes += buffer.length;
      if (bytes <= maxFileSize) chunks.push(buffer);
      else chunks.length = 0;
    }
    let skipped: SkipReason | undefined = skipReasonFor(path, bytes, options);
    const content = skipped ? undefined : Buffer.concat(chunks);
    if (content && looksBinary(content)) skipped = "binary";
    const fragment: Fragment = { path, text: skipped || !content ? "" : decodeText(content), bytes };
    if (skipped) fragment.skipped = skipped;
    counter.count(fragment, bytes);
    yield fragment;
  }

  return { fragments: read(), stats: () => counter.snapshot() };
}
