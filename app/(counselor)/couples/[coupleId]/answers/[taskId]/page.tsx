import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerList } from "@/components/answers/answer-list";
import { counselorStatusText } from "@/components/assignments/counselor-status";
import { PARTNER_LABEL_NAMES } from "@/components/couples/labels";
import { formatCalendarDate, formatDateTime } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { VisibilityBadge } from "@/components/review/answer-visibility";
import { ReviewActions } from "@/components/review/review-actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ZTaskId } from "@/db/schema/responses/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Answers" };

type Params = { params: Promise<{ coupleId: string; taskId: string }> };

export default async function AnswersPage({ params }: Params) {
  const { coupleId, taskId } = await params;
  if (!ZTaskId.safeParse(taskId).success) notFound();
  const [viewer, review] = await Promise.all([requirePageViewer("counselor"), loadForPage((caller) => caller.review.occurrence({ taskId }))]);
  if (review.assignment.coupleId !== coupleId) notFound();
  const otherOf = (name: string) => review.parts.find((part) => part.partner.displayName !== name)?.partner.displayName.split(/\s+/)[0] ?? "the other partner";

  return (
    <>
      <Link href={`/couples/${coupleId}/homework/${review.assignment.id}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {review.assignment.title}
      </Link>
      <PageHeader
        title={`${review.assignment.title}: ${formatCalendarDate(review.dueOn, { weekday: true })}`}
        description={`${review.assignment.coupleName}. Answered on version ${review.assignment.templateVersion} of this exercise. Submitted answers only; drafts stay with their author until they submit. Opening this page is recorded in the audit trail.`}
      />
      <p className="-mt-4 mb-6 text-sm">
        <Link href={`/couples/${coupleId}/prep`} className="font-medium text-primary hover:underline">
          Back to session prep
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        {review.parts.map((part) => (
          <Card key={part.partner.displayName} aria-label={part.partner.displayName}>
            <CardHeader>
              <CardTitle>{part.partner.displayName}</CardTitle>
              <CardDescription>
                {PARTNER_LABEL_NAMES[part.partner.label]} · {counselorStatusText(part.task)}
                {part.response?.submittedAt ? ` · ${formatDateTime(part.response.submittedAt, viewer.practiceTimeZone)}` : ""}
              </CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {part.response ? (
                <>
                  {part.response.scores && part.response.scores.length > 0 ? (
                    <ul className="flex flex-wrap gap-3 text-sm">
                      {part.response.scores.map((score) => (
                        <li key={score.key} className="rounded-md bg-muted px-3 py-2">
                          <span className="text-muted-foreground">{score.label}:</span>{" "}
                          <span className="font-semibold">{score.value === null ? "incomplete" : `${score.value} (${score.range.min}–${score.range.max})`}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <AnswerList
                    rows={part.response.questions.map((question) => ({
                      field: question.field,
                      value: question.value,
                      aside: (
                        <div className="flex flex-col gap-2 text-sm">
                          <div className="flex flex-wrap items-center gap-2">
                            <VisibilityBadge visibility={question.visibility} />
                            {question.visibility === "shared" && question.field.pairedReveal ? (
                              <span className="text-muted-foreground">Each partner sees the other&apos;s answer after giving their own.</span>
                            ) : null}
                            {question.disclosure ? (
                              <span className="text-muted-foreground">
                                {question.disclosure.kind === "author_share" ? "Shared by the author" : "Released by you"} on {formatDateTime(question.disclosure.since, viewer.practiceTimeZone)}
                                {question.disclosure.ofCurrentVersion ? "" : " (an earlier version; amended since)"}
                              </span>
                            ) : null}
                            {question.releaseHeldByAuthor ? <span className="text-muted-foreground">The author asked you to hold this back.</span> : null}
                            {question.request?.status === "open" ? <span className="text-muted-foreground">You asked the author to share this.</span> : null}
                            {question.request?.status === "declined" && !question.disclosure ? <span className="text-muted-foreground">The author chose to keep this private.</span> : null}
                          </div>
                          {question.visibility === "release_gated" && !question.disclosure && !question.releaseHeldByAuthor && part.response ? (
                            <ReviewActions responseId={part.response.id} fieldKey={question.field.key} label={question.field.label} action="release" otherPartner={otherOf(part.partner.displayName)} />
                          ) : null}
                          {question.visibility === "counselor_only" && !question.disclosure && question.request?.status !== "open" && part.response ? (
                            <ReviewActions responseId={part.response.id} fieldKey={question.field.key} label={question.field.label} action="request" otherPartner={otherOf(part.partner.displayName)} />
                          ) : null}
                        </div>
                      ),
                    }))}
                    empty="Submitted without answers to the optional questions."
                  />
                  {part.response.revisions.length > 1 ? (
                    <details className="rounded-md border border-border px-3 py-2 text-sm">
                      <summary className="cursor-pointer font-medium">Amended {part.response.revisions.length - 1} {part.response.revisions.length === 2 ? "time" : "times"}: earlier versions</summary>
                      <ol className="mt-3 flex flex-col gap-4">
                        {part.response.revisions.slice(0, -1).map((revision) => (
                          <li key={revision.version} className="flex flex-col gap-2">
                            <p className="text-muted-foreground">Version of {formatDateTime(revision.createdAt, viewer.practiceTimeZone)}</p>
                            <AnswerList
                              rows={part.response!.questions.flatMap((question) =>
                                revision.fields[question.field.key] ? [{ field: question.field, value: revision.fields[question.field.key]!.value }] : [],
                              )}
                            />
                          </li>
                        ))}
                      </ol>
                    </details>
                  ) : null}
                </>
              ) : (
                <p className="text-muted-foreground">Nothing submitted yet.</p>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
