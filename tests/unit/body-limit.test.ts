import { describe, expect, it } from "vitest";
import { limitRequestBody } from "@/server/body-limit";

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://trellis.test/api/trpc/x", { method: "POST", body, headers });

describe("request body limit", () => {
  it("passes a body within the limit through unchanged", async () => {
    const result = await limitRequestBody(post('{"a":1}'), 100);
    expect(result).toBeInstanceOf(Request);
    expect(await (result as Request).text()).toBe('{"a":1}');
  });

  it("answers 413 when the declared length is too large, without reading the body", async () => {
    const result = await limitRequestBody(post("x".repeat(10), { "content-length": "1000" }), 100);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(413);
  });

  it("answers 413 when a streamed body runs past the limit", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let chunk = 0; chunk < 5; chunk++) controller.enqueue(new Uint8Array(40));
        controller.close();
      },
    });
    const request = new Request("http://trellis.test/api/trpc/x", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    const result = await limitRequestBody(request, 100);
    expect((result as Response).status).toBe(413);
  });
});
