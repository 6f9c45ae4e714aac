"use client";

import { ChevronDown, UserRound } from "lucide-react";
import { lazy, Suspense, useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent } from "react";
import { afterPageLoad } from "./after-page-load";

export const ROLE_NAMES = { admin: "Practice admin", counselor: "Counselor", partner: "Client" } as const;

export interface UserMenuProps {
  displayName: string;
  role: keyof typeof ROLE_NAMES;
}

export const TRIGGER_CLASS =
  "inline-flex h-10 min-w-10 items-center justify-center gap-2 rounded-md px-2 text-sm font-medium text-foreground hover:bg-muted data-[state=open]:bg-muted sm:px-3";

export function TriggerFace({ displayName }: { displayName: string }) {
  return (
    <>
      <UserRound aria-hidden className="size-4 text-muted-foreground sm:hidden" />
      <span className="sr-only max-w-40 truncate sm:not-sr-only">{displayName}</span>
      <ChevronDown aria-hidden className="size-4 text-muted-foreground" />
    </>
  );
}

const loadDropdown = () => import("./user-menu-dropdown");
const UserMenuDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.UserMenuDropdown })));

/** The keys that open a Radix menu from its trigger. */
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * The account menu in the header. The menu (Radix's dropdown with its positioning engine,
 * about a tenth of a page's JavaScript) is needed only when opened, so the page ships
 * without it: until its code arrives, fetched once the page has loaded and the browser
 * is idle, or at once when someone presses the button, the trigger is a plain button
 * that looks and reads exactly like the menu's closed trigger. A press on it opens the
 * menu as soon as it is there; Escape before then cancels that, as it would close the menu.
 */
export function UserMenu(props: UserMenuProps) {
  const [wanted, setWanted] = useState(false);
  const [openAtOnce, setOpenAtOnce] = useState(false);
  const [focused, setFocused] = useState(false);
  const [arrived, setArrived] = useState(false);
  const onArrive = useCallback(() => setArrived(true), []);

  useEffect(() => afterPageLoad(() => setWanted(true)), []);

  useEffect(() => {
    if (!openAtOnce || arrived) return;
    const cancel = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape" || document.querySelector('[role="menu"]')) return;
      // Claimed, like an Escape that closes the menu (the quick exit does not count it).
      event.preventDefault();
      setOpenAtOnce(false);
    };
    window.addEventListener("keydown", cancel, { capture: true });
    return () => window.removeEventListener("keydown", cancel, { capture: true });
  }, [openAtOnce, arrived]);

  const open = () => {
    setOpenAtOnce(true);
    setWanted(true);
  };

  const standIn = (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      aria-label={`Account menu for ${props.displayName}`}
      className={TRIGGER_CLASS}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onPointerDown={(event: PointerEvent) => {
        if (event.button === 0 && !event.ctrlKey) open();
      }}
      onKeyDown={(event: KeyboardEvent) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault();
        open();
      }}
    >
      <TriggerFace displayName={props.displayName} />
    </button>
  );

  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <UserMenuDropdown {...props} openAtOnce={openAtOnce} focusAtOnce={focused} onArrive={onArrive} />
    </Suspense>
  );
}
