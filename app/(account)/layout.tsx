import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireAnyPageViewer } from "@/server/api/request-context";
import { LANDING_PATHS } from "@/server/auth/landing";
import type { Viewer } from "@/server/auth/viewer";

/** Each role's own start page first, so the way back is always the first link. */
function navFor(viewer: Viewer) {
  switch (viewer.role) {
    case "counselor":
      return [{ href: LANDING_PATHS.counselor, label: "Caseload" }, { href: "/library", label: "Library" }];
    case "admin":
      return [{ href: LANDING_PATHS.admin, label: "Counselors" }, { href: "/practice/couples", label: "Couples" }, { href: "/practice/access", label: "Access log" }, { href: "/practice/settings", label: "Settings" }, { href: "/practice/safety", label: "Safety & consent" }];
    case "partner":
      return [viewer.consentCurrent ? { href: LANDING_PATHS.partner, label: "Today" } : { href: "/welcome", label: "Welcome" }, { href: "/help", label: "Get help" }];
  }
}

/** Counselors and partners past consent have notifications; admins have none. */
function hasNotifications(viewer: Viewer) {
  return viewer.role === "counselor" || (viewer.role === "partner" && viewer.consentCurrent);
}

/** The account pages every role shares: signed in, past two-step verification, any role. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const viewer = await requireAnyPageViewer();
  const nav = navFor(viewer);
  return (
    <AppShell viewer={viewer} home={nav[0]!.href} nav={[...nav, { href: "/account", label: "Account" }]} notifications={hasNotifications(viewer)}>
      {children}
    </AppShell>
  );
}
