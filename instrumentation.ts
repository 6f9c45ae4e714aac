// Next.js calls register() once per server process, before it serves any request.
export async function register() {
  // NEXT_RUNTIME is set by Next itself; database work only makes sense in Node.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./server/boot");
    await boot();
  }
}
