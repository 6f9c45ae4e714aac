import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageViewer } from "@/server/api/request-context";

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer("partner");
  return (
    <AppShell viewer={viewer} home="/today" nav={[
        { href: "/today", label: "Today" },
        { href: "/help", label: "Get help" },
      ]}>
      {children}
    </AppShell>
  );
}
