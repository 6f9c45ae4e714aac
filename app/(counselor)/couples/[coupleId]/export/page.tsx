import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerList } from "@/components/export/answer-value";
import { DownloadJsonButton } from "@/components/export/download-json-button";
import { PrintPageButton } from "@/components/export/print-page-button";
import { PARTNER_LABEL_NAMES, phaseLabel, POLICY_NAMES } from "@/components/couples/labels";
import { formatCalendarDate, formatDateTime, formatLongDate } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Export record" };

const VISIBILITY = { shared: "shared", counselor_only: "private to you", release_gated: "you release", safety: "safety" } as const;

/** A caseload couple's record, printable, with the same export as JSON. Private session notes are never part of it. */
export default async function CoupleExportPage({ params }: { params: Promise<{ coupleId: string }> }) {
  const { coupleId } = await params;
  if (!ZCoupleId.safeParse(coupleId).success) notFound();
  const [viewer, record] = await Promise.all([requirePageViewer("counselor"), loadForPage((caller) => caller.couple.export({ coupleId }))]);
  const zone = record.couple.timeZone;

  return (
    <div className="flex flex-col gap-6">
      <Link href={`/couples/${coupleId}`} className="inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline print:hidden">
        <ArrowLeft aria-hidden className="size-4" /> {record.couple.displayName}
      </Link>
      <p className="hidden border-b-2 border-foreground pb-2 text-sm font-semibold uppercase tracking-wide print:block">Clinical record — confidential</p>
      <PageHeader
        title={`Record: ${record.couple.displayName}`}
        description={`Prepared ${formatDateTime(record.exportedAt, viewer.practiceTimeZone)}. Your private session notes are not part of this record.`}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <PrintPageButton />
            <DownloadJsonButton source={{ kind: "couple", coupleId }} fileName="trellis-couple-record.json" />
          </div>
        }
      />

      <Card className="break-inside-avoid">
        <CardHeader>
          <CardTitle>Couple</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 text-sm">
          <p>
            {phaseLabel(record.couple.phase)} · {record.couple.status} · {POLICY_NAMES[record.couple.secretsPolicy]} · added {formatLongDate(record.couple.createdAt, zone)}
          </p>
          <ul className="flex flex-col gap-1">
            {record.partners.map((partner) => (
              <li key={partner.email}>
                {partner.displayName} ({PARTNER_LABEL_NAMES[partner.label]}) · {partner.email} · {partner.hasJoined ? "joined" : "not joined yet"}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Homework</CardTitle>
        </CardHeader>
        <CardContent>
          {record.assignments.length === 0 ? <p className="text-sm text-muted-foreground">No homework assigned.</p> : null}
          <ul className="flex flex-col gap-2 text-sm">
            {record.assignments.map((assignment) => {
              const tasks = record.tasks.filter((task) => task.assignmentId === assignment.id);
              const submitted = tasks.filter((task) => task.status === "submitted").length;
              return (
                <li key={assignment.id} className="break-inside-avoid">
                  <span className="font-medium">{assignment.title}</span> · {assignment.status} · from {formatCalendarDate(assignment.startsOn)}
                  {assignment.endsOn ? ` to ${formatCalendarDate(assignment.endsOn)}` : ""} · {submitted} of {tasks.length} tasks submitted
                </li>
              );
            })}
          </ul>
        </CardContent>
      </Card>

      <section aria-labelledby="answers-title" className="flex flex-col gap-4">
        <h2 id="answers-title" className="text-xl font-semibold">
          Submitted answers
        </h2>
        {record.answers.length === 0 ? <p className="text-sm text-muted-foreground">No answers submitted yet.</p> : null}
        {record.answers.map((response, index) => (
          <Card key={index} className="break-inside-avoid">
            <CardHeader>
              <CardTitle className="text-base">
                {response.exercise} — {response.author}
              </CardTitle>
              <p className="text-sm text-muted-foreground">
                {response.dueOn ? `For ${formatCalendarDate(response.dueOn)} · ` : ""}
                {response.submittedAt ? `submitted ${formatDateTime(response.submittedAt, zone)}` : ""}
                {response.version > 1 ? ` · version ${response.version}` : ""}
              </p>
            </CardHeader>
            <CardContent>
              <AnswerList answers={response.answers.map((answer) => ({ question: answer.visibility ? `${answer.question} (${VISIBILITY[answer.visibility]})` : answer.question, value: answer.value }))} />
            </CardContent>
          </Card>
        ))}
      </section>

      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
        </CardHeader>
        <CardContent>
          {record.sessions.length === 0 ? <p className="text-sm text-muted-foreground">No sessions recorded.</p> : null}
          <ul className="flex flex-col gap-3 text-sm">
            {record.sessions.map((session) => (
              <li key={session.id} className="break-inside-avoid">
                <span className="font-medium">{formatDateTime(session.scheduledAt, zone)}</span> · {session.durationMinutes} minutes · {session.status}
                {session.agenda.length > 0 ? (
                  <ul className="ml-5 mt-1 list-disc">
                    {session.agenda.map((item, index) => (
                      <li key={index}>
                        {item.text}
                        {item.done ? " (done)" : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Safety flags</CardTitle>
        </CardHeader>
        <CardContent>
          {record.flags.length === 0 ? <p className="text-sm text-muted-foreground">No flags raised.</p> : null}
          <ul className="flex flex-col gap-2 text-sm">
            {record.flags.map((flag) => (
              <li key={flag.id} className="break-inside-avoid">
                {formatDateTime(flag.raisedAt, zone)} · {flag.severity} · {flag.rule}
                {flag.author ? ` · ${flag.author}` : ""}
                {flag.excerpt ? ` · “${flag.excerpt}”` : ""}
                {flag.acknowledgedAt ? ` · acknowledged ${formatDateTime(flag.acknowledgedAt, zone)}${flag.actionTaken ? `: ${flag.actionTaken}` : ""}` : " · not acknowledged"}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
