import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageViewer } from "@/server/api/request-context";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer("admin");
  return (
    <AppShell viewer={viewer} home="/practice" nav={[
        { href: "/practice", label: "Counselors" },
        { href: "/practice/couples", label: "Couples" },
        { href: "/practice/access", label: "Access log" },
        { href: "/practice/settings", label: "Settings" },
        { href: "/practice/safety", label: "Safety & consent" },
        { href: "/account", label: "Account" },
      ]}>
      {children}
    </AppShell>
  );
}
