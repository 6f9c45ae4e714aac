import { notFound } from "next/navigation";
import { AccountSubpage } from "@/components/account/account-subpage";
import { ReminderPreferencesForm } from "@/components/account/reminder-preferences-form";
import { loadForPage, requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Reminders" };

export default async function RemindersPage() {
  const viewer = await requireAnyPageViewer();
  // Admins get no reminders or digest.
  if (viewer.role === "admin") notFound();
  const preferences = await loadForPage((caller) => caller.reminders.preferences());
  return (
    <AccountSubpage
      title={viewer.role === "partner" ? "Reminders" : "Daily digest"}
      description="Emails go to your own address only and never say what a task is about or what anyone wrote."
    >
      <ReminderPreferencesForm role={viewer.role} initial={preferences.values} defaultTimeZone={preferences.defaultTimeZone} timeZones={Intl.supportedValuesOf("timeZone")} />
    </AccountSubpage>
  );
}
