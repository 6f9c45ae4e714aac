import { UserRound } from "lucide-react";
import { formatDateTime } from "@/components/format";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStateBadge, describeAccountState } from "@/components/onboarding/account-state";
import { InvitationActions } from "@/components/onboarding/invitation-actions";
import { AccountDisableToggle } from "@/components/practice/account-disable-toggle";
import { InviteCounselorForm } from "@/components/practice/invite-counselor-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Counselors" };

export default async function CounselorsPage() {
  const [viewer, counselors] = await Promise.all([requirePageViewer("admin"), loadForPage((caller) => caller.practice.listCounselors())]);

  return (
    <>
      <PageHeader
        title="Counselors"
        description="Clinician accounts in your practice. As an administrator you see caseload sizes and account states, never clinical content."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Invite a counselor</CardTitle>
        </CardHeader>
        <CardContent>
          <InviteCounselorForm />
        </CardContent>
      </Card>
      {counselors.length === 0 ? (
        <EmptyState icon={UserRound} title="No counselors yet">
          Counselors you invite are listed here with their account state and the number of couples each one sees.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Counselors in your practice">
          {counselors.map((counselor) => (
            <li key={counselor.id} className="grid gap-4 rounded-lg border border-border bg-surface p-4 sm:p-5 md:grid-cols-[1fr_auto]">
              <div className="flex min-w-0 flex-col gap-1.5">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-foreground">{counselor.displayName}</span>
                  <AccountStateBadge account={counselor.account} />
                </span>
                <span className="break-all text-sm text-muted-foreground">{counselor.email}</span>
                <span className="text-sm text-muted-foreground">{describeAccountState(counselor.account, viewer.practiceTimeZone)}</span>
                <span className="text-sm text-muted-foreground">
                  Active couples: <span className="tabular-nums text-foreground">{counselor.activeCouples}</span> · Last sign-in:{" "}
                  {counselor.lastLoginAt ? formatDateTime(counselor.lastLoginAt, viewer.practiceTimeZone) : "never"}
                </span>
              </div>
              <div className="flex flex-col items-start gap-2 md:items-end">
                <InvitationActions userId={counselor.id} account={counselor.account} name={counselor.displayName} />
                <AccountDisableToggle userId={counselor.id} name={counselor.displayName} disabled={counselor.disabled} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
