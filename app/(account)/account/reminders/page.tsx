import Link from "next/link";
import { notFound } from "next/navigation";
import { ReminderPreferencesForm } from "@/components/account/reminder-preferences-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { loadForPage, requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Reminders" };

export default async function RemindersPage() {
  const viewer = await requireAnyPageViewer();
  // Admins get no reminders or digest.
  if (viewer.role === "admin") notFound();
  const preferences = await loadForPage((caller) => caller.reminders.preferences());
  const timeZones = Intl.supportedValuesOf("timeZone");
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <Link href="/account" className="mb-4 w-fit text-sm text-primary underline underline-offset-4">
        ← Your account
      </Link>
      <PageHeader
        title={viewer.role === "partner" ? "Reminders" : "Daily digest"}
        description="Emails go to your own address only and never say what a task is about or what anyone wrote."
      />
      <Card>
        <CardContent>
          <ReminderPreferencesForm role={viewer.role} initial={preferences.values} defaultTimeZone={preferences.defaultTimeZone} timeZones={timeZones} />
        </CardContent>
      </Card>
    </div>
  );
}
