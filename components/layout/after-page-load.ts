/**
 * Runs `work` once the page has loaded and the browser has a quiet moment: for code that
 * no first paint needs but that should be ready before anyone reaches for it (menus,
 * dialogs). Returns a function that cancels it.
 */
export function afterPageLoad(work: () => void): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const run = () => {
    if (cancelled) return;
    // Safari has no requestIdleCallback; a short timeout is its stand-in.
    if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(work, { timeout: 2000 });
    else idle = window.setTimeout(work, 200);
  };
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", run);
    if (idle === undefined) return;
    if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
