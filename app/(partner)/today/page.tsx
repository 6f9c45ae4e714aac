import { Sprout } from "lucide-react";
import { formatCalendarDate } from "@/components/format";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { SharedWithYou } from "@/components/today/shared-with-you";
import { TaskList } from "@/components/today/task-list";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Today" };

export default async function TodayPage() {
  const today = await loadForPage((caller) => caller.today.get());
  const nothingYet = [today.dueToday, today.overdue, today.upcoming, today.recentlyDone, today.shared].every((list) => list.length === 0);

  return (
    <>
      <PageHeader title={`Hello, ${today.firstName}`} description={formatCalendarDate(today.today, { weekday: true })} />
      {nothingYet ? (
        <EmptyState icon={Sprout} title="Nothing to do today">
          <p>
            When {today.counselorName} gives you an exercise, it will appear here with the day it&apos;s due. You&apos;ll
            complete each one in your own account, and before you write anything Trellis shows you exactly who will be able
            to read it.
          </p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-8">
          <TaskList heading="Due today" tasks={today.dueToday} />
          <TaskList heading="Still open from earlier" tasks={today.overdue} showDate />
          <TaskList heading="Coming up" tasks={today.upcoming} showDate />
          <SharedWithYou items={today.shared} />
          <TaskList heading="Recently done" tasks={today.recentlyDone} showDate />
        </div>
      )}
    </>
  );
}
