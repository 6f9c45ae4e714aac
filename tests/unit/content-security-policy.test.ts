import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((directive) => [directive.split(" ")[0]!, directive.split(" ").slice(1)]));

describe("the pages' Content-Security-Policy", () => {
  it("admits scripts only by this response's nonce, and nothing from other origins", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==", servedOverTls: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("relaxes only for `next dev`: eval for React's error stacks, inline styles for the dev server", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", servedOverTls: false, development: true }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", servedOverTls: false })).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only where browsers reach Trellis over TLS", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", servedOverTls: true })).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy({ nonce: "n", servedOverTls: false })).has("upgrade-insecure-requests")).toBe(false);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = Array.from({ length: 50 }, newNonce);
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
