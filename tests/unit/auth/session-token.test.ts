import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { claimsFromToken, sessionCookieName, sessionTokenFrom } from "@/server/auth/session";

// Every request reads its session from the cookie with next-auth's decode (server/auth/session.ts):
// what next-auth encrypted with the secret and has not expired, and nothing else.

const SECRET = "unit-test-secret-that-is-long-enough-0123456789";
const claims = () => ({ userId: randomUUID(), sessionId: randomUUID(), role: "partner" as const, sessionVersion: 3, authTime: Math.floor(Date.now() / 1000) });
/** The token next-auth's jwt callback (server/auth/options.ts) writes at sign-in. */
const tokenFor = (c: ReturnType<typeof claims>, options: { secret?: string; maxAge?: number } = {}) =>
  encode({
    secret: options.secret ?? SECRET,
    maxAge: options.maxAge,
    token: { sub: c.userId, uid: c.userId, sid: c.sessionId, role: c.role, sv: c.sessionVersion, authTime: c.authTime },
  });

describe("claimsFromToken", () => {
  it("reads the claims of a token next-auth encrypted with the secret", async () => {
    const expected = claims();
    expect(await claimsFromToken(await tokenFor(expected), SECRET)).toEqual(expected);
  });

  it("refuses a token encrypted with another secret", async () => {
    expect(await claimsFromToken(await tokenFor(claims(), { secret: `${SECRET}-other` }), SECRET)).toBeNull();
  });

  it("refuses an expired token", async () => {
    // Past next-auth's 15-second clock tolerance.
    expect(await claimsFromToken(await tokenFor(claims(), { maxAge: -60 }), SECRET)).toBeNull();
  });

  it("refuses a token altered in transit", async () => {
    const token = await tokenFor(claims());
    const at = token.length - 30;
    const altered = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
    expect(await claimsFromToken(altered, SECRET)).toBeNull();
    expect(await claimsFromToken("not-a-token", SECRET)).toBeNull();
  });

  it("refuses a genuine token whose claims are incomplete or malformed", async () => {
    const partial = await encode({ secret: SECRET, token: { sub: randomUUID(), uid: randomUUID(), role: "partner", sv: 1, authTime: 1 } });
    expect(await claimsFromToken(partial, SECRET)).toBeNull();
    const badRole = await encode({ secret: SECRET, token: { uid: randomUUID(), sid: randomUUID(), role: "owner" as never, sv: 1, authTime: 1 } });
    expect(await claimsFromToken(badRole, SECRET)).toBeNull();
  });
});

describe("sessionTokenFrom", () => {
  const name = "next-auth.session-token";

  it("takes the session cookie and nothing else", () => {
    expect(sessionTokenFrom([{ name: "next-auth.csrf-token", value: "csrf" }, { name, value: "token" }, { name: `${name}-x`, value: "other" }], name)).toBe("token");
    expect(sessionTokenFrom([{ name: "next-auth.csrf-token", value: "csrf" }], name)).toBeNull();
    expect(sessionTokenFrom([{ name: `${name}.evil`, value: "x" }], name)).toBeNull();
  });

  it("joins a token next-auth split into chunks in numeric order", () => {
    const chunks = [10, 2, 0, 1].map((index) => ({ name: `${name}.${index}`, value: `<${index}>` }));
    expect(sessionTokenFrom(chunks, name)).toBe("<0><1><2><10>");
  });

  it("names the cookie as next-auth does for the public URL", () => {
    expect(sessionCookieName("https://trellis.example")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe(name);
    expect(sessionCookieName(undefined)).toBe(name);
  });
});
