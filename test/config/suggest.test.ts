import { describe, expect, it } from "vitest";
import { closestName, didYouMean } from "../../src/config/suggest.js";

describe("closestName", () => {
  const keys = ["port", "host", "name", "poolSize", "production"];
  it.each([
    ["prot", "port"], // swapped neighbours
    ["hots", "host"],
    ["nmae", "name"],
    ["pool_size", "poolSize"], // other separators and case
    ["POOLSIZE", "poolSize"],
    ["prod", "production"], // a prefix
    ["poolSiz", "poolSize"], // one letter missing
  ])("suggests %s → %s", (typed, expected) => {
    expect(closestName(typed, keys)).toBe(expected);
  });

  it.each([["database"], ["x"], [""], ["pr"]])("suggests nothing for %j", (typed) => {
    expect(closestName(typed, keys)).toBeUndefined();
  });

  it("says nothing when there is nothing to suggest", () => {
    expect(didYouMean("zzz", keys)).toBe("");
    expect(didYouMean("prot", keys)).toBe(' (did you mean "port"?)');
  });
});
