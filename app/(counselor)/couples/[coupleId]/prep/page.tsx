import { ArrowLeft, ClipboardPlus } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatLongDate } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { DiscussList } from "@/components/prep/discuss-list";
import { Discrepancies } from "@/components/prep/discrepancies";
import { formatSessionTime } from "@/components/prep/format";
import { HomeworkSummary } from "@/components/prep/homework-summary";
import { PrepSection, SectionEmpty } from "@/components/prep/prep-section";
import { PrintButton } from "@/components/prep/print-button";
import { ConcernPanel } from "@/components/prep/concern-panel";
import { SafetyStrip } from "@/components/prep/safety-strip";
import { TrendCharts } from "@/components/prep/trend-charts";
import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { ScheduleSessionForm } from "@/components/sessions/schedule-session-form";
import { SessionList } from "@/components/sessions/session-list";
import { SessionNote } from "@/components/sessions/session-note";
import { Button } from "@/components/ui/button";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Session prep" };

type Params = { params: Promise<{ coupleId: string }> };

export default async function PrepPage({ params }: Params) {
  const { coupleId } = await params;
  // A malformed id is as unknown as someone else's couple.
  if (!ZCoupleId.safeParse(coupleId).success) notFound();
  const prep = await loadForPage((caller) => caller.prep.couple({ coupleId }));
  const { timeZone, upcoming } = prep;
  const sinceText =
    prep.sinceLabel === "last_session"
      ? `Since the last session on ${formatLongDate(new Date(prep.since), timeZone)}`
      : `Since the couple started on ${formatLongDate(new Date(prep.since), timeZone)}`;
  const upcomingText = upcoming ? `Next session ${formatSessionTime(upcoming.scheduledAt, timeZone)} (${upcoming.durationMinutes} min)` : "No session scheduled";
  const assignHref = prep.nextHomework ? `/couples/${coupleId}/assign?template=${encodeURIComponent(prep.nextHomework.templateId)}` : `/couples/${coupleId}/assign`;

  return (
    <>
      <Link href={`/couples/${coupleId}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline print:hidden">
        <ArrowLeft aria-hidden className="size-4" /> {prep.displayName}
      </Link>
      <p className="mb-4 hidden border-b-2 border-foreground pb-2 text-sm font-semibold uppercase tracking-wide print:block">Counselor only — confidential</p>
      <PageHeader
        title={`Session prep: ${prep.displayName}`}
        description={
          <>
            {sinceText}. {upcomingText}.
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <PrintButton />
            <Button asChild variant="outline">
              <Link href={`/couples/${coupleId}`}>Couple page</Link>
            </Button>
          </div>
        }
      />

      <div className="flex flex-col gap-6 print:gap-4">
        <PrepSection id="safety" title="Safety" counselorOnly description="New flags since the last session come first.">
          <div className="flex flex-col gap-4">
            <SafetyStrip flags={prep.flags} partners={prep.partners} coupleId={coupleId} timeZone={timeZone} />
            <ConcernPanel coupleId={coupleId} concerns={prep.concerns} timeZone={timeZone} />
          </div>
        </PrepSection>

        <PrepSection id="homework" title="Homework since the last session">
          <HomeworkSummary homework={prep.homework} />
        </PrepSection>

        <PrepSection id="trends" title="Trends" description="Both partners on one chart per measure; changes are in score points.">
          <TrendCharts charts={prep.charts} partners={prep.partners} />
        </PrepSection>

        <PrepSection id="discrepancies" title="Discrepancies" description="Where the partners' answers point in different directions.">
          <Discrepancies items={prep.discrepancies} partners={prep.partners} coupleId={coupleId} timeZone={timeZone} />
        </PrepSection>

        <PrepSection id="discuss" title="To discuss">
          <DiscussList entries={prep.discuss} partners={prep.partners} coupleId={coupleId} timeZone={timeZone} />
        </PrepSection>

        <PrepSection
          id="agenda"
          title="Agenda"
          description={upcoming ? `For the session on ${formatSessionTime(upcoming.scheduledAt, timeZone)}.` : "Schedule the next session to keep an agenda for it."}
          actions={
            <Button asChild variant="outline" size="sm">
              <Link href={assignHref}>
                <ClipboardPlus aria-hidden /> Assign next homework
                {prep.nextHomework ? <span className="sr-only">: {prep.nextHomework.title}</span> : null}
              </Link>
            </Button>
          }
        >
          <div className="flex flex-col gap-6">
            {prep.nextHomework ? (
              <p className="text-sm text-muted-foreground print:hidden">Suggested next exercise: {prep.nextHomework.title}.</p>
            ) : null}
            {upcoming ? (
              <AgendaEditor
                sessionId={upcoming.id}
                baseVersion={upcoming.version}
                items={prep.agenda?.items ?? prep.suggestedAgenda}
                suggested={prep.agenda === null}
              />
            ) : (
              <>
                <ScheduleSessionForm coupleId={coupleId} timeZone={timeZone} defaultDate={prep.today} />
                {prep.suggestedAgenda.length > 0 ? (
                  <div className="flex flex-col gap-2">
                    <h3 className="font-semibold">Suggested agenda</h3>
                    <p className="text-sm text-muted-foreground">Once the session is scheduled you can edit and save it.</p>
                    <ol className="list-decimal pl-6 text-sm">
                      {prep.suggestedAgenda.map((item, index) => (
                        <li key={index}>{item.text}</li>
                      ))}
                    </ol>
                  </div>
                ) : null}
              </>
            )}
            <SessionList sessions={prep.sessions} timeZone={timeZone} />
          </div>
        </PrepSection>

        <PrepSection id="notes" title="Private session notes" counselorOnly className="print-private-notes">
          <div className="flex flex-col gap-8">
            {upcoming ? (
              <SessionNote key={upcoming.id} sessionId={upcoming.id} body={prep.note?.body ?? ""} version={prep.note?.version ?? 0} timeZone={timeZone} />
            ) : (
              <SectionEmpty>Schedule the next session to write notes for it.</SectionEmpty>
            )}
            {prep.lastSession ? (
              // Notes are often finished after a session has been marked held.
              <SessionNote
                key={prep.lastSession.id}
                sessionId={prep.lastSession.id}
                body={prep.lastSessionNote?.body ?? ""}
                version={prep.lastSessionNote?.version ?? 0}
                timeZone={timeZone}
                label={`Notes from the last session (${formatSessionTime(prep.lastSession.scheduledAt, timeZone)})`}
              />
            ) : null}
          </div>
        </PrepSection>
      </div>
    </>
  );
}
