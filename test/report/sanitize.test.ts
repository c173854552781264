import { describe, expect, it } from "vitest";
import { commandSafe, printable } from "../../src/report/sanitize.js";

describe("printable", () => {
  it("shows line breaks and tabs as escapes, so a value cannot start a new line", () => {
    expect(printable("a\nb\r\nc\td")).toBe("a\\nb\\r\\nc\\td");
    expect(printable("key\n::error::injected")).toBe("key\\n::error::injected");
  });

  it("escapes ANSI sequences and other control characters", () => {
    expect(printable("\u001b[31mred\u001b[0m")).toBe("\\u001b[31mred\\u001b[0m");
    expect(printable("bell\u0007 del\u007f c1\u0085")).toBe("bell\\u0007 del\\u007f c1\\u0085");
    expect(printable("nul\u0000")).toBe("nul\\u0000");
  });

  it("escapes Unicode line separators and bidirectional overrides", () => {
    expect(printable("a\u2028b\u2029c")).toBe("a\\u2028b\\u2029c");
    expect(printable("file\u202egnp.exe")).toBe("file\\u202egnp.exe");
    expect(printable("\u2066x\u2069")).toBe("\\u2066x\\u2069");
  });

  it("leaves ordinary text, accents and emoji alone", () => {
    const text = "config/staging.json:12 — café 🔑 [x] $VAR \\n";
    expect(printable(text)).toBe(text);
  });
});

describe("commandSafe", () => {
  it("prefixes a backslash when the text would start with a workflow command", () => {
    expect(commandSafe("::add-mask::x")).toBe("\\::add-mask::x");
    expect(commandSafe("  ::stop-commands::tok")).toBe("\\  ::stop-commands::tok");
    expect(commandSafe("\u00a0::error::x")).toBe("\\\u00a0::error::x");
  });

  it("leaves `::` elsewhere and a single leading colon alone", () => {
    expect(commandSafe("a::b")).toBe("a::b");
    expect(commandSafe(":x")).toBe(":x");
    expect(commandSafe("config/base.json does not parse")).toBe("config/base.json does not parse");
  });

  it("is printable first, so a line break cannot start a command line either", () => {
    expect(commandSafe("a\n::error::forged")).toBe("a\\n::error::forged");
    expect(commandSafe("\n::error::forged")).toBe("\\n::error::forged");
  });
});
