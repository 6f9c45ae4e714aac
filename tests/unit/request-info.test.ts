import { describe, expect, it } from "vitest";
import { requestInfoFromHeaders } from "@/server/request-info";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("request metadata for the audit trail", () => {
  it("ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(requestInfoFromHeaders(headers({ "x-forwarded-for": "203.0.113.7" }), "generated", 0).ip).toBeNull();
  });

  it("takes the address our own proxy appended, not one the client wrote", () => {
    const forged = headers({ "x-forwarded-for": "198.51.100.66, 203.0.113.7" });
    expect(requestInfoFromHeaders(forged, "generated", 1).ip).toBe("203.0.113.7");
    expect(requestInfoFromHeaders(forged, "generated", 2).ip).toBe("198.51.100.66");
    expect(requestInfoFromHeaders(forged, "generated", 3).ip).toBeNull();
  });

  it("keeps a plain incoming request id and replaces anything else", () => {
    expect(requestInfoFromHeaders(headers({ "x-request-id": "lb-7f3a.12" }), "generated").id).toBe("lb-7f3a.12");
    expect(requestInfoFromHeaders(headers({ "x-request-id": "x".repeat(65) }), "generated").id).toBe("generated");
    expect(requestInfoFromHeaders(headers({ "x-request-id": "id with spaces<script>" }), "generated").id).toBe("generated");
  });

  it("caps the user agent", () => {
    expect(requestInfoFromHeaders(headers({ "user-agent": "a".repeat(1000) }), "generated").userAgent).toHaveLength(300);
  });
});
