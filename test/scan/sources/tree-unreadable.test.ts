import { describe, expect, it, vi } from "vitest";
import { scanTree } from "../../../src/scan/sources/tree.js";
import { tempDir, writeFiles } from "../../helpers/project.js";
import { collect } from "./collect.js";

// Tests may run as root, where permissions never stop a read: make `openSync` (how the tree source
// opens a file) fail for one file instead.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return {
    ...actual,
    openSync: ((file: string, ...rest: unknown[]) => {
      if (String(file).endsWith("locked.env")) {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      }
      return (actual.openSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof actual.openSync,
  };
});

describe("scanTree with an unreadable file", () => {
  it("yields it as skipped: unreadable and counts it, never silently", async () => {
    const dir = tempDir();
    writeFiles(dir, { "locked.env": "L=1\n", "open.env": "O=1\n" });
    const { fragments, stats } = await collect(scanTree(dir, [], { git: false }));
    expect(fragments.map((f) => [f.path, f.skipped, f.text])).toEqual([
      ["locked.env", "unreadable", ""],
      ["open.env", undefined, "O=1\n"],
    ]);
    expect(stats.skipped).toEqual([{ path: "locked.env", reason: "unreadable", bytes: 4 }]);
  });
});
