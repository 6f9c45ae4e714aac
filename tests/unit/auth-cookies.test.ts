import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import NextAuth, { getServerSession } from "next-auth/next";
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The cookies next-auth sets with Trellis's own options, through next-auth's handler
// (the pages-style entry point, which runs the same core without a Next request scope).
// Secure attributes follow the public URL: TLS is required in production.

const SECRET = "unit-test-secret-that-is-long-enough-0123456789";
let authOptions: NextAuthOptions;

beforeAll(async () => {
  // Read once, when the environment module loads.
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  ({ authOptions } = await import("@/server/auth/options"));
});

// next-auth reads NEXTAUTH_URL on every request; each test sets its own.
afterEach(() => vi.unstubAllEnvs());

/** A Node-style response that keeps what next-auth writes. */
function recorder() {
  const headers = new Map<string, unknown>();
  const res = {
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
    status: () => res,
    send: () => res,
    json: () => res,
    end: () => res,
  };
  const setCookies = () => [headers.get("set-cookie") ?? []].flat() as string[];
  return { res, setCookies };
}

async function csrfCookies(): Promise<string[]> {
  const { res, setCookies } = recorder();
  const req = { method: "GET", query: { nextauth: ["csrf"] }, headers: {}, cookies: {}, body: undefined };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<unknown>)(req, res, authOptions);
  return setCookies();
}

/** The re-issued session cookie for a signed-in token (the cookie name follows the URL too). */
async function sessionCookies(cookieName: string): Promise<string[]> {
  const token = await encode({
    secret: SECRET,
    token: { sub: randomUUID(), uid: randomUUID(), sid: randomUUID(), role: "partner", sv: 1, authTime: Math.floor(Date.now() / 1000) },
  });
  const { res, setCookies } = recorder();
  await getServerSession({ headers: {}, cookies: { [cookieName]: token } } as never, res as never, authOptions);
  return setCookies();
}

const attributes = (cookie: string) => cookie.split(";").slice(1).map((part) => part.trim().toLowerCase());
const nameOf = (cookie: string) => cookie.slice(0, cookie.indexOf("="));

describe("next-auth cookies behind https", () => {
  it("the CSRF cookie is __Host- prefixed, HttpOnly, Secure, SameSite=Lax, for the whole site", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://trellis.example");
    const cookies = await csrfCookies();
    const csrf = cookies.find((cookie) => nameOf(cookie) === "__Host-next-auth.csrf-token");
    expect(csrf, cookies.join("\n")).toBeDefined();
    expect(attributes(csrf!)).toEqual(expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]));
    expect(attributes(csrf!).some((attribute) => attribute.startsWith("domain="))).toBe(false);
    // Every cookie of the exchange carries the prefix and the flags.
    for (const cookie of cookies) {
      expect(nameOf(cookie)).toMatch(/^__(Host|Secure)-/);
      expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax"]));
    }
  });

  it("the session cookie is __Secure- prefixed, HttpOnly, Secure, SameSite=Lax", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://trellis.example");
    const cookies = await sessionCookies("__Secure-next-auth.session-token");
    const session = cookies.find((cookie) => nameOf(cookie) === "__Secure-next-auth.session-token");
    expect(session, cookies.join("\n")).toBeDefined();
    expect(attributes(session!)).toEqual(expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]));
  });
});

describe("over plain http (local runs only)", () => {
  it("the cookies lose the prefix and the Secure flag, which is why production needs TLS", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const cookies = [...(await csrfCookies()), ...(await sessionCookies("next-auth.session-token"))];
    expect(cookies.map(nameOf)).toEqual(expect.arrayContaining(["next-auth.csrf-token", "next-auth.session-token"]));
    for (const cookie of cookies) {
      expect(attributes(cookie)).not.toContain("secure");
      expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
    }
  });
});
