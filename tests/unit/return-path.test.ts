import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/server/auth/return-path";

describe("the return path after signing in", () => {
  it.each(["/caseload", "/couples/8c7e0c57-1f7e-4d3c-9d0e-0a6f8e2b9d11", "/today?view=week", "/caseload#top"])("keeps same-site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
    ["/caseload"],
  ])("sends %j home instead", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeReturnPath("/../../etc/passwd")).toBe("/etc/passwd");
  });
});
