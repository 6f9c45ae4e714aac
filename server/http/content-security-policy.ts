/**
 * The Content-Security-Policy of every page. A fresh nonce per response admits Next's
 * own scripts (it reads the nonce from this header on the request and puts it on every
 * script it renders); 'strict-dynamic' lets those scripts load the route chunks.
 * Nothing else runs: partner-authored text that somehow became markup could not execute.
 */
export function contentSecurityPolicy({ nonce, servedOverTls, development = false }: { nonce: string; servedOverTls: boolean; development?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // `next dev` only: React rebuilds server error stacks with eval, and the dev server
    // injects styles without the nonce (a nonce would make the browser ignore 'unsafe-inline').
    development ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'` : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Style elements need the nonce (Next's, and Radix's via instrumentation-client.ts).
    // Style *attributes* may be inline: React renders `style` props into the server's
    // HTML (recharts sizes every chart container that way), and the browser would drop
    // them. Styles React sets later go through the CSSOM, which CSP does not govern.
    // An attribute cannot run script, select other elements or load anything beyond
    // img-src; the remaining risk, restyling injected markup, needs markup injection
    // that React's escaping already prevents.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local `npm start`, the e2e run) this would send the page's
    // own requests to an https port nobody listens on.
    ...(servedOverTls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
