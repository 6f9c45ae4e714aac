import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { NotificationList } from "@/components/notifications/notification-list";
import { requireAnyPageViewer } from "@/server/api/request-context";
import { LANDING_PATHS } from "@/server/auth/landing";

export const metadata = { title: "Notifications" };

/** Counselors' and partners' notifications; the procedures are the boundary, this only sends others where they belong. */
export default async function NotificationsPage() {
  const viewer = await requireAnyPageViewer();
  if (viewer.role === "admin") redirect(LANDING_PATHS.admin);
  if (viewer.role === "partner" && !viewer.consentCurrent) redirect("/welcome");
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <PageHeader
        title="Notifications"
        description={
          viewer.role === "partner"
            ? "New homework, and things your partner or your counselor chose to share with you."
            : "Submissions and safety flags from the couples on your caseload."
        }
      />
      <NotificationList />
    </div>
  );
}
