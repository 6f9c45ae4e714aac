import { ArrowLeft, ClipboardList } from "lucide-react";
import Link from "next/link";
import { HomeworkList } from "@/components/assignments/homework-list";
import { CreatedNotice } from "@/components/couples/created-notice";
import { Alert } from "@/components/ui/alert";
import { formatTimeZone, PARTNER_LABEL_NAMES, phaseLabel, POLICY_DESCRIPTIONS, POLICY_NAMES } from "@/components/couples/labels";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStateBadge, describeAccountState } from "@/components/onboarding/account-state";
import { InvitationActions } from "@/components/onboarding/invitation-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { formatLongDate } from "@/components/format";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";
import { notFound } from "next/navigation";

export const metadata = { title: "Couple" };

interface CouplePageProps {
  params: Promise<{ coupleId: string }>;
  searchParams: Promise<{ created?: string; assigned?: string }>;
}

export default async function CouplePage({ params, searchParams }: CouplePageProps) {
  const { coupleId } = await params;
  // A malformed id is as unknown as someone else's couple.
  if (!ZCoupleId.safeParse(coupleId).success) notFound();
  const [viewer, couple, homework, accounts] = await Promise.all([
    requirePageViewer("counselor"),
    loadForPage((caller) => caller.couple.get({ coupleId })),
    loadForPage((caller) => caller.assignment.listForCouple({ coupleId })),
    loadForPage((caller) => caller.invitation.listForCouple({ coupleId })),
  ]);
  const accountOf = new Map(accounts.map((partner) => [partner.userId, partner.account]));
  const { created, assigned } = await searchParams;
  const partnerNames = Object.fromEntries(couple.partners.map((partner) => [partner.userId, partner.displayName]));

  return (
    <>
      <Link href="/caseload" className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> Caseload
      </Link>
      {couple.status === "archived" ? (
        <Alert className="mb-6">Archived — read only. You can read and export this couple&apos;s records; your practice administrator can restore the couple to make changes.</Alert>
      ) : null}
      {created ? <CreatedNotice invited={created === "invited"} /> : null}
      {assigned ? (
        <Alert tone="success" className="mb-6">
          Assigned. Each partner will find it on their Today page; it is listed under Homework below.
        </Alert>
      ) : null}
      <PageHeader
        title={couple.displayName}
        description={`Added ${formatLongDate(couple.createdAt, viewer.practiceTimeZone)}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href={`/couples/${couple.id}/access`}>Access log</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/couples/${couple.id}/export`}>Export record</Link>
            </Button>
            <Button asChild>
              <Link href={`/couples/${couple.id}/prep`}>
                <ClipboardList aria-hidden /> Prepare session
              </Link>
            </Button>
          </div>
        }
      />

      <div className="grid gap-6 md:grid-cols-3">
        <Card className="md:col-span-1">
          <CardHeader>
            <CardTitle>Care details</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="flex flex-col gap-4 text-sm">
              <div>
                <dt className="text-muted-foreground">Phase</dt>
                <dd className="mt-1">
                  <Badge tone="primary">{phaseLabel(couple.phase)}</Badge>
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Status</dt>
                <dd className="mt-1 capitalize">{couple.status}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Time zone</dt>
                <dd className="mt-1">{formatTimeZone(couple.timeZone)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Confidentiality</dt>
                <dd className="mt-1 font-medium">{POLICY_NAMES[couple.secretsPolicy]}</dd>
                <dd className="mt-1 text-muted-foreground">{POLICY_DESCRIPTIONS[couple.secretsPolicy]}</dd>
              </div>
            </dl>
          </CardContent>
        </Card>

        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>Partners</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-4 sm:grid-cols-2">
              {couple.partners.map((partner) => {
                const account = accountOf.get(partner.userId) ?? { state: partner.hasJoined ? ("active" as const) : ("not_invited" as const) };
                return (
                  <li key={partner.userId} className="flex flex-col gap-2 rounded-md border border-border p-4">
                    <span className="font-medium">{partner.displayName}</span>
                    <span className="break-all text-sm text-muted-foreground">{partner.email}</span>
                    <span className="flex flex-wrap gap-1.5">
                      <Badge>{PARTNER_LABEL_NAMES[partner.label]}</Badge>
                      <AccountStateBadge account={account} />
                    </span>
                    <span className="text-sm text-muted-foreground">{describeAccountState(account, viewer.practiceTimeZone)}</span>
                    <InvitationActions userId={partner.userId} account={account} name={partner.displayName} />
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      </div>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Homework</CardTitle>
        </CardHeader>
        <CardContent>
          <HomeworkList coupleId={couple.id} items={homework} partnerNames={partnerNames} />
        </CardContent>
      </Card>
    </>
  );
}
