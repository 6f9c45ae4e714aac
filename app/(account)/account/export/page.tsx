import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { AnswerList } from "@/components/export/answer-value";
import { DownloadJsonButton } from "@/components/export/download-json-button";
import { formatCalendarDate, formatDateTime } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { PrintPageButton } from "@/components/export/print-page-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { POLICY_NAMES } from "@/components/couples/labels";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Your data" };

const VIA = { shared: "Shared", author_share: "Shared by your partner", counselor_release: "Released by your counselor" } as const;

/** A partner's own data, printable, with a JSON download of the same export. */
export default async function PartnerExportPage() {
  const viewer = await requirePageViewer("partner");
  const data = await loadForPage((caller) => caller.account.exportMyData());
  const zone = viewer.practiceTimeZone;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <Link href="/account" className="inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline print:hidden">
        <ArrowLeft aria-hidden className="size-4" /> Your account
      </Link>
      <PageHeader
        title="Your data"
        description={`Everything you wrote in Trellis, what was shared with you, and the agreements you accepted. Prepared ${formatDateTime(data.exportedAt, zone)} for ${data.account.displayName}.`}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <PrintPageButton />
            <DownloadJsonButton source={{ kind: "partner" }} fileName="trellis-my-data.json" />
          </div>
        }
      />
      <p className="hidden text-sm font-semibold print:block">Private — keep this somewhere only you can read it.</p>

      <section aria-labelledby="own-title" className="flex flex-col gap-4">
        <h2 id="own-title" className="text-xl font-semibold">
          What you wrote
        </h2>
        {data.answers.length === 0 ? <p className="text-sm text-muted-foreground">You haven&apos;t written anything yet.</p> : null}
        {data.answers.map((answer, index) => (
          <Card key={index} className="break-inside-avoid">
            <CardHeader>
              <CardTitle className="text-base">{answer.exercise}</CardTitle>
              <p className="text-sm text-muted-foreground">
                For {formatCalendarDate(answer.dueOn)} · {answer.state === "draft" ? "Draft, not submitted" : `Submitted ${answer.submittedAt ? formatDateTime(answer.submittedAt, zone) : ""}`}
              </p>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {answer.draft ? <AnswerList answers={answer.draft} /> : null}
              {answer.revisions.map((revision) => (
                <div key={revision.version} className="flex flex-col gap-2">
                  {answer.revisions.length > 1 ? (
                    <h3 className="text-sm font-semibold">
                      Version {revision.version}, {formatDateTime(revision.savedAt, zone)}
                    </h3>
                  ) : null}
                  <AnswerList answers={revision.answers} />
                </div>
              ))}
            </CardContent>
          </Card>
        ))}
      </section>

      <section aria-labelledby="shared-title" className="flex flex-col gap-4">
        <h2 id="shared-title" className="text-xl font-semibold">
          Shared with you
        </h2>
        {data.sharedWithYou.length === 0 ? <p className="text-sm text-muted-foreground">Nothing has been shared with you yet.</p> : null}
        {data.sharedWithYou.map((occurrence, index) => (
          <Card key={index} className="break-inside-avoid">
            <CardHeader>
              <CardTitle className="text-base">{occurrence.exercise}</CardTitle>
              <p className="text-sm text-muted-foreground">For {formatCalendarDate(occurrence.dueOn)}</p>
            </CardHeader>
            <CardContent>
              <AnswerList answers={occurrence.answers.map((answer) => ({ question: `${answer.question} (${VIA[answer.via]})`, value: answer.value }))} />
            </CardContent>
          </Card>
        ))}
      </section>

      <section aria-labelledby="consent-title" className="flex flex-col gap-3">
        <h2 id="consent-title" className="text-xl font-semibold">
          Agreements you accepted
        </h2>
        {data.consents.length === 0 ? <p className="text-sm text-muted-foreground">None recorded.</p> : null}
        <ul className="flex flex-col gap-1 text-sm">
          {data.consents.map((consent, index) => (
            <li key={index}>
              {POLICY_NAMES[consent.policy]}, version {consent.policyVersion}: accepted {formatDateTime(consent.acknowledgedAt, zone)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
