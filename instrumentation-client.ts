// Runs in the browser before the app's own modules, so both settings below are in
// place before any schema is built or any dialog opens. Both exist for the
// Content-Security-Policy that proxy.ts sends.
import { setNonce } from "get-nonce";
import { config } from "zod/v4/core";

// Zod probes for `new Function` to compile fast object parsers; under a CSP without
// 'unsafe-eval' the probe fails safely but is still reported as a violation.
// `config` is `z.config` (one global setting), imported from zod's core alone: this
// file runs on every page, and most pages (a partner's Today among them) load no zod.
config({ jitless: true });

// Radix's scroll lock (react-remove-scroll) adds a <style> element while a dialog or
// menu is open, and the policy admits only style elements carrying this document's
// nonce. Next put it on its scripts; browsers hide the attribute but keep the property.
const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
if (nonce) setNonce(nonce);
