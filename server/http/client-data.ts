/**
 * Response headers that keep clinical content out of browser storage. Pages get
 * no-store from Next itself (they are all rendered per request); the route handlers set
 * these explicitly.
 */

/** Never written to the browser's cache, nor to any shared cache in between. */
export const NO_STORE = "private, no-store";

/**
 * Sent with every sign-out: the browser drops this origin's HTTP cache and its
 * storage (localStorage, sessionStorage, IndexedDB, Cache Storage, service workers), so
 * the next person at a shared device finds nothing. Cookies are next-auth's to clear.
 */
export const CLEAR_SITE_DATA = '"cache", "storage"';

/** The tRPC procedures that end a sign-in. */
export const SIGN_OUT_PROCEDURES: ReadonlySet<string> = new Set(["account.signOut", "account.signOutEverywhere"]);
