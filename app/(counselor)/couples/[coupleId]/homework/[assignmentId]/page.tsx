import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { COUNSELOR_STATUS_TONE, counselorStatusText } from "@/components/assignments/counselor-status";
import { describeSchedule } from "@/components/assignments/describe-schedule";
import { AUDIENCE_NAMES } from "@/components/exercises/labels";
import { formatCalendarDate } from "@/components/format";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AssignmentActions } from "@/components/assignments/assignment-actions";
import { loadForPage } from "@/server/api/request-context";
import { CalendarClock } from "lucide-react";
import * as z from "zod";

export const metadata = { title: "Homework" };

type Params = { params: Promise<{ coupleId: string; assignmentId: string }> };

export default async function AssignmentPage({ params }: Params) {
  const { coupleId, assignmentId } = await params;
  if (!z.uuid().safeParse(assignmentId).success) notFound();
  const assignment = await loadForPage((caller) => caller.review.assignment({ assignmentId }));
  // The URL's couple must be the assignment's own; anything else is as unknown as a wrong id.
  if (assignment.coupleId !== coupleId) notFound();
  const partnerName = (userId: string | null) => assignment.partners.find((partner) => partner.userId === userId)?.displayName ?? "Partner";
  const columns = assignment.audience === "together" ? [null] : assignment.partners.filter((partner) => assignment.occurrences.some((occurrence) => occurrence.parts.some((part) => part.assigneeId === partner.userId))).map((partner) => partner.userId);

  return (
    <>
      <Link href={`/couples/${coupleId}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {assignment.coupleName}
      </Link>
      <PageHeader
        title={assignment.title}
        description={`${AUDIENCE_NAMES[assignment.audience]} · ${describeSchedule(assignment.schedule, assignment.startsOn)}${assignment.endsOn && assignment.status === "ended" ? ` · ended ${assignment.endsOn}` : ""}`}
        actions={<AssignmentActions assignmentId={assignment.id} title={assignment.title} status={assignment.status} />}
      />
      <div className="flex min-w-0 flex-col gap-6">
        {assignment.status !== "active" ? <Badge tone="warning" className="w-fit capitalize">{assignment.status}</Badge> : null}
        {assignment.noteToCouple ? (
          <Card>
            <CardHeader>
              <CardTitle>Note to the couple</CardTitle>
            </CardHeader>
            <CardContent>
              <p className="whitespace-pre-wrap">{assignment.noteToCouple}</p>
            </CardContent>
          </Card>
        ) : null}
        <Card aria-labelledby="days" className="min-w-0">
          <CardHeader>
            <CardTitle id="days">Days so far</CardTitle>
          </CardHeader>
          <CardContent>
            {assignment.occurrences.length === 0 ? (
              <EmptyState icon={CalendarClock} title="Nothing due yet">
                The first day is {formatCalendarDate(assignment.startsOn, { weekday: true })}. Completion shows here as each partner finishes.
              </EmptyState>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full min-w-[22rem] text-left text-sm">
                  <caption className="sr-only">Completion per day and partner, newest first</caption>
                  <thead>
                    <tr className="border-b border-border text-muted-foreground">
                      <th scope="col" className="py-2 pr-4 font-medium">
                        Due
                      </th>
                      {columns.map((userId) => (
                        <th key={userId ?? "together"} scope="col" className="py-2 pr-4 font-medium">
                          {userId ? partnerName(userId) : "Together"}
                        </th>
                      ))}
                      <th scope="col" className="py-2 font-medium">
                        <span className="sr-only">Answers</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {assignment.occurrences.map((occurrence) => {
                      const anchor = occurrence.parts[0];
                      const anySubmitted = occurrence.parts.some((part) => part.submittedParts > 0);
                      return (
                        <tr key={occurrence.dueOn} className="border-b border-border last:border-0">
                          <th scope="row" className="py-3 pr-4 font-medium">
                            {formatCalendarDate(occurrence.dueOn, { weekday: true })}
                          </th>
                          {columns.map((userId) => {
                            const part = occurrence.parts.find((item) => item.assigneeId === userId);
                            return (
                              <td key={userId ?? "together"} className="py-3 pr-4">
                                {part ? (
                                  <Badge tone={COUNSELOR_STATUS_TONE[part.status]}>
                                    {counselorStatusText(part)}
                                    {userId === null && part.status === "in_progress" ? ` (${part.submittedParts} of 2 parts)` : ""}
                                  </Badge>
                                ) : (
                                  <span className="text-muted-foreground">—</span>
                                )}
                              </td>
                            );
                          })}
                          <td className="py-3">
                            {anchor && anySubmitted ? (
                              <Link href={`/couples/${coupleId}/answers/${anchor.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                                Read answers<span className="sr-only"> for {formatCalendarDate(occurrence.dueOn, { weekday: true })}</span>
                              </Link>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
