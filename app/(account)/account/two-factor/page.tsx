import Link from "next/link";
import { ManageTwoFactor } from "@/components/account/manage-two-factor";
import { TwoFactorSetupHere } from "@/components/account/two-factor-setup-here";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { loadForPage, requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Two-step verification" };

export default async function TwoFactorSettingsPage() {
  const viewer = await requireAnyPageViewer();
  const status = await loadForPage((caller) => caller.account.twoFactorStatus());
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <Link href="/account" className="mb-4 w-fit text-sm text-primary underline underline-offset-4">
        ← Your account
      </Link>
      <PageHeader
        title="Two-step verification"
        description={
          status.enrolled
            ? "Signing in asks for your password and a code from your authenticator app."
            : "Optional for you. With it on, signing in also asks for a code from an app on your phone, so someone who learns your password still can't get in."
        }
      />
      {status.enrolled ? (
        <ManageTwoFactor recoveryCodesLeft={status.recoveryCodesLeft ?? 0} canTurnOff={!status.required && viewer.role === "partner"} />
      ) : (
        <Card>
          <CardContent>
            <TwoFactorSetupHere />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
