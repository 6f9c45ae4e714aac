import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_COUPLES, DEMO_STAFF } from "@/server/services/demo/demo-data";
import { demo, signedIn, trpc } from "./support";

// security.md A9, A10 and pitfall P1 (CVE-2025-29927 and the .rsc / prefetch variants):
// proxy.ts only sets headers, and every layout, page and procedure checks the caller
// itself, so a request that skips the proxy, or dresses up as an internal one, gains
// nothing. No session anywhere below except to find real addresses and, as a control,
// to show that the same requests do carry data when signed in.

const SUBREQUEST_VALUES = ["middleware", "middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/middleware"];

/** Names that appear on these pages once someone may see them. */
const DATA_MARKERS = [...DEMO_COUPLES.flatMap((couple) => [couple.displayName, ...couple.partners.map((partner) => partner.displayName)]), ...DEMO_STAFF.map((staff) => staff.displayName)];
const markersIn = (body: string) => DATA_MARKERS.filter((marker) => body.includes(marker) || body.includes(marker.replace("&", "&amp;")));

interface Addresses {
  counselor: string[];
  partner: string[];
  admin: string[];
}

let pages: Addresses;

test.beforeAll(async ({ browser }) => {
  // Real addresses of real records: Maya's caseload, one of Grace's tasks, the practice pages.
  const maya = await signedIn(browser, demo.maya.email);
  const prep = (await maya.getByRole("list", { name: "Couples" }).getByRole("link", { name: /Hartley & Osei/ }).getAttribute("href"))!;
  const grace = await signedIn(browser, "grace@clients.example");
  const today = await trpc<{ dueToday: { id: string }[] }>(grace.request, "today.get", undefined, "query");
  pages = {
    counselor: ["/caseload", prep, prep.replace(/\/prep$/, ""), prep.replace(/\/prep$/, "/access")],
    partner: ["/today", `/tasks/${today.dueToday[0]!.id}`],
    admin: ["/practice", "/practice/access"],
  };
  await maya.context().close();
  await grace.context().close();
});

/** Each address as a document, as an RSC payload, as a prefetch and a segment prefetch, and with `.rsc` / `?_rsc=`. */
function variants(path: string): { label: string; url: string; headers: Record<string, string> }[] {
  return [
    { label: "document", url: path, headers: {} },
    { label: "RSC", url: path, headers: { RSC: "1" } },
    { label: "prefetch", url: path, headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
    { label: "segment prefetch", url: path, headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_full" } },
    { label: "route tree", url: path, headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" } },
    { label: ".rsc", url: `${path}.rsc`, headers: {} },
    { label: "?_rsc=", url: `${path}?_rsc=bypass`, headers: { RSC: "1" } },
  ];
}

/**
 * Refused without data: a redirect to sign-in, a 401 or a 404, or (for an RSC payload,
 * which carries the redirect inside) a flight response whose only instruction is to go
 * to sign-in. Redirects are followed so the final answer is what is checked. The route
 * tree prefetch renders nothing: it answers with the segment names already in the URL.
 */
async function expectRefused(response: APIResponse, what: string, label: string) {
  const body = await response.text();
  expect(markersIn(body), `${what}: no names in the answer`).toEqual([]);
  const status = response.status();
  const flight = status === 200 && (response.headers()["content-type"] ?? "").includes("text/x-component");
  if (label === "route tree") {
    expect(flight, what).toBe(true);
    expect(body, what).toContain('"s":"__PAGE__"');
    expect(body.length, `${what}: the tree only`).toBeLessThan(1_000);
    return;
  }
  const atSignIn = new URL(response.url()).pathname === "/login";
  const rscRedirect = flight && body.includes("NEXT_REDIRECT;replace;/login;");
  expect(atSignIn || rscRedirect || status === 401 || status === 404, `${what}: ${status} at ${response.url()}`).toBe(true);
}

async function get(request: APIRequestContext, url: string, headers: Record<string, string>) {
  return request.get(url, { headers });
}

test("protected pages and their RSC, prefetch and .rsc variants answer a forged internal subrequest with sign-in, never data, and keep their CSP", async ({ request }) => {
  test.setTimeout(120_000);
  for (const value of SUBREQUEST_VALUES) {
    for (const path of [...pages.counselor, ...pages.partner, ...pages.admin]) {
      for (const variant of variants(path)) {
        const what = `${variant.label} ${variant.url} with x-middleware-subrequest: ${value}`;
        const headers = { ...variant.headers, "x-middleware-subrequest": value };
        await expectRefused(await get(request, variant.url, headers), what, variant.label);
        if (variant.label === "document") {
          // The page's own redirect to sign-in, and the proxy still ran: it has its policy.
          const first = await request.get(variant.url, { headers, maxRedirects: 0 });
          expect(first.status(), what).toBe(307);
          expect(first.headers()["location"], what).toBe("/login");
          expect(first.headers()["content-security-policy"], what).toContain("'strict-dynamic'");
        }
      }
    }
  }
});

test("the same requests do carry data when signed in (so the checks above can see a leak)", async ({ browser }) => {
  const maya = await signedIn(browser, demo.maya.email);
  for (const variant of variants("/caseload").filter((item) => item.label === "document" || item.label === "RSC")) {
    const response = await get(maya.request, variant.url, { ...variant.headers, "x-middleware-subrequest": SUBREQUEST_VALUES[1]! });
    expect(response.status()).toBe(200);
    expect(markersIn(await response.text()), variant.label).toContain("Hartley & Osei");
  }
  const procedure = await get(maya.request, "/api/trpc/prep.caseload", {});
  expect(markersIn(await procedure.text())).toContain("Hartley & Osei");
  await maya.context().close();
});

test("tRPC procedures answer a forged internal subrequest with 401 and no data", async ({ request }) => {
  for (const value of SUBREQUEST_VALUES) {
    const headers = { "x-middleware-subrequest": value };
    for (const path of ["prep.caseload", "couple.list", "today.get", "practice.listCounselors", "audit.forPractice", "viewer.me"]) {
      const response = await get(request, `/api/trpc/${path}`, headers);
      expect(response.status(), `${path} with ${value}`).toBe(401);
      expect(markersIn(await response.text())).toEqual([]);
    }
    const batch = await get(request, `/api/trpc/prep.caseload,today.get,practice.listCounselors?batch=1&input=${encodeURIComponent("{}")}`, headers);
    expect(batch.status()).toBe(401);
    expect(markersIn(await batch.text())).toEqual([]);
    const mutation = await request.post("/api/trpc/couple.create", { headers, data: { json: { displayName: "Bypass", partners: [] } } });
    expect(mutation.status()).toBe(401);
  }
});

test("a direct POST with a made-up Next-Action id is refused, signed out or in (the app has no server actions)", async ({ request, browser }) => {
  const action = "7f3a9c0e1b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a12";
  const maya = await signedIn(browser, demo.maya.email);
  for (const [who, client] of [["signed out", request], ["signed in", maya.request]] as const) {
    for (const path of ["/caseload", "/today", "/practice", "/login", "/"]) {
      const fetchAction = await client.post(path, {
        headers: { "Next-Action": action, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", "x-middleware-subrequest": SUBREQUEST_VALUES[1]! },
        data: "[]",
        maxRedirects: 0,
      });
      expect(fetchAction.status(), `${who} ${path}`).toBe(409);
      expect(fetchAction.headers()["x-nextjs-action-not-found"], `${who} ${path}`).toBe("1");
      expect(markersIn(await fetchAction.text())).toEqual([]);
      // The form (no-JavaScript) flavour of a server action.
      const formAction = await client.post(path, { multipart: { [`$ACTION_ID_${action}`]: "" }, maxRedirects: 0 });
      expect(formAction.status(), `${who} ${path} form action`).toBe(409);
      expect(markersIn(await formAction.text())).toEqual([]);
    }
  }
  await maya.context().close();
});
