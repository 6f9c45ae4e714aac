"use client";

import { useEffect, useRef } from "react";

/** Moves focus to the element once, when a step of a multi-step form appears, so screen readers hear where they are. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
