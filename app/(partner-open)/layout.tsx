import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageViewer } from "@/server/api/request-context";

/**
 * Partner pages that work before the couple's confidentiality policy is accepted: the
 * policy itself and where to get help. Everything else is in (partner), which sends a
 * partner here first.
 */
export default async function PartnerOpenLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer("partner");
  const nav = viewer.consentCurrent
    ? [
        { href: "/today", label: "Today" },
        { href: "/help", label: "Get help" },
        { href: "/account", label: "Account" },
      ]
    : [
        { href: "/help", label: "Get help" },
        { href: "/account", label: "Account" },
      ];
  return (
    <AppShell viewer={viewer} home={viewer.consentCurrent ? "/today" : "/welcome"} nav={nav} notifications={viewer.consentCurrent}>
      {children}
    </AppShell>
  );
}
