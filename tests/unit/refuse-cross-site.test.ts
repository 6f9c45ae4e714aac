import { describe, expect, it } from "vitest";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";

const request = (method: string, headers: Record<string, string>) => new Request("http://localhost/api/trpc/account.signOut", { method, headers, ...(method === "POST" ? { body: "{}" } : {}) });

describe("refuseCrossSite (tRPC's CSRF posture)", () => {
  it("lets the app's own JSON posts and queries through", () => {
    expect(refuseCrossSite(request("POST", { "content-type": "application/json", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refuseCrossSite(request("POST", { "content-type": "application/json; charset=utf-8" }))).toBeNull();
    expect(refuseCrossSite(request("GET", { "sec-fetch-site": "same-origin" }))).toBeNull();
    // Typed into the address bar.
    expect(refuseCrossSite(request("GET", { "sec-fetch-site": "none" }))).toBeNull();
  });

  it.each(["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"])("refuses a POST sent as %j (what an HTML form can send)", async (type) => {
    const refused = refuseCrossSite(request("POST", { "content-type": type }));
    expect(refused?.status).toBe(415);
    expect(await refused?.json()).toMatchObject({ error: { data: { code: "UNSUPPORTED_MEDIA_TYPE" } } });
  });

  it.each(["cross-site", "same-site"])("refuses anything the browser marks %s, even JSON", (site) => {
    expect(refuseCrossSite(request("POST", { "content-type": "application/json", "sec-fetch-site": site }))?.status).toBe(403);
    expect(refuseCrossSite(request("GET", { "sec-fetch-site": site }))?.status).toBe(403);
  });
});
