import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageViewer } from "@/server/api/request-context";

export default async function CounselorLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer("counselor");
  return (
    <AppShell viewer={viewer} home="/caseload" notifications nav={[
        { href: "/caseload", label: "Caseload", sections: ["/couples"] },
        { href: "/library", label: "Library" },
        { href: "/account", label: "Account" },
      ]}>
      {children}
    </AppShell>
  );
}
