"use client";

import { Loader2 } from "lucide-react";
import dynamic from "next/dynamic";

/** Fetches the sign-in form's code; calling it early makes the form appear at once when shown. */
export const preloadLoginForm = () => import("./login-form").then((module) => module.LoginForm);

/**
 * The sign-in form for signing in again in place (the idle timeout, "Sign in to save").
 * It brings zod, react-hook-form, next-auth's client and the code step, and it shows only
 * once a sign-in has lapsed, on pages that otherwise need none of that: so it loads when
 * it is shown (or preloaded), never with the page.
 */
export const LazyLoginForm = dynamic(preloadLoginForm, {
  loading: () => (
    <p className="flex items-center gap-2 text-sm text-muted-foreground">
      <Loader2 aria-hidden className="size-4 animate-spin" /> Loading the sign-in form…
    </p>
  ),
});
