const BASE = "http://trellis.invalid";

/**
 * The path to return to after signing in, only if it stays on this site: resolved
 * against a fixed origin, it must keep that origin. Backslashes and control characters
 * are refused outright, because browsers treat `/\evil.example` and `/<tab>/evil.example`
 * as links to another host. Anything doubtful becomes "/".
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return "/";
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
