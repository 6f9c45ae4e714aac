import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { Alert } from "@/components/ui/alert";
import { requirePageViewer } from "@/server/api/request-context";

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer("partner");
  // Nothing of the couple's work before the partner has read and accepted how confidentiality works.
  if (!viewer.consentCurrent) redirect("/welcome");
  return (
    <AppShell viewer={viewer} home="/today" notifications nav={[
        { href: "/today", label: "Today" },
        { href: "/help", label: "Get help" },
        { href: "/account", label: "Account" },
      ]}>
      {viewer.coupleArchived ? (
        <Alert className="mb-6">
          Your counselor&apos;s work with you has been archived, so nothing here can be changed. You can still read everything, and download your own data from your account page.
        </Alert>
      ) : null}
      {children}
    </AppShell>
  );
}
