import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scanStdin } from "../../../src/scan/sources/stdin.js";
import { collect } from "./collect.js";

describe("scanStdin", () => {
  it("yields the piped content as one fragment named by the file name", async () => {
    const stream = Readable.from([Buffer.from("A=1\r\nKEY="), Buffer.from("secret\n")]);
    const { fragments, stats } = await collect(scanStdin(stream, "config\\prod.env"));
    expect(fragments).toEqual([{ path: "config/prod.env", text: "A=1\nKEY=secret\n", bytes: 16 }]);
    expect(stats).toEqual({ files: 1, bytes: 16, skipped: [] });
  });

  it("names it '-' by default and reads string chunks", async () => {
    const { fragments } = await collect(scanStdin(Readable.from(["x", "é"])));
    expect(fragments).toEqual([{ path: "-", text: "xé", bytes: 3 }]);
  });

  it("skips binary and too-large input, draining and counting it", async () => {
    const binary = await collect(scanStdin(Readable.from([Buffer.from([1, 0, 2])]), "a.bin"));
    expect(binary.fragments).toEqual([{ path: "a.bin", text: "", bytes: 3, skipped: "binary" }]);
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100, 0x61));
    const big = await collect(scanStdin(Readable.from(chunks), "big.txt", { maxFileSize: 250 }));
    expect(big.fragments).toEqual([{ path: "big.txt", text: "", bytes: 1000, skipped: "too-large" }]);
    expect(big.stats.skipped).toEqual([{ path: "big.txt", reason: "too-large", bytes: 1000 }]);
  });

  it("treats an empty stream as an empty file", async () => {
    const { fragments } = await collect(scanStdin(Readable.from([]), "empty.env"));
    expect(fragments).toEqual([{ path: "empty.env", text: "", bytes: 0 }]);
  });
});
