import { UserRound } from "lucide-react";
import { formatDateTime } from "@/components/format";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Counselors" };

export default async function PracticePage() {
  const [viewer, counselors] = await Promise.all([requirePageViewer("admin"), loadForPage((caller) => caller.practice.listCounselors())]);

  return (
    <>
      <PageHeader
        title="Counselors"
        description="Clinician accounts in your practice. As an administrator you see caseload sizes, never clinical content."
      />
      {counselors.length === 0 ? (
        <EmptyState icon={UserRound} title="No counselors yet">
          Counselor accounts you add will be listed here with the number of couples each one sees.
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Counselors in your practice</caption>
            <thead className="border-b border-border bg-muted/60 text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium sm:px-5">Name</th>
                <th scope="col" className="px-4 py-3 font-medium sm:px-5">
                  <span className="sm:hidden">Couples</span>
                  <span className="hidden sm:inline">Active couples</span>
                </th>
                <th scope="col" className="px-4 py-3 font-medium sm:px-5">Status</th>
                <th scope="col" className="hidden px-5 py-3 font-medium md:table-cell">Last sign-in</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {counselors.map((counselor) => (
                <tr key={counselor.id}>
                  <td className="px-4 py-4 sm:px-5">
                    <span className="block font-medium text-foreground">{counselor.displayName}</span>
                    <span className="block break-all text-muted-foreground">{counselor.email}</span>
                    <span className="mt-1 block text-xs text-muted-foreground md:hidden">
                      Last sign-in: {counselor.lastLoginAt ? formatDateTime(counselor.lastLoginAt, viewer.practiceTimeZone) : "never"}
                    </span>
                  </td>
                  <td className="px-4 py-4 tabular-nums sm:px-5">{counselor.activeCouples}</td>
                  <td className="px-4 py-4 sm:px-5">
                    {counselor.disabled ? (
                      <Badge tone="danger">Disabled</Badge>
                    ) : counselor.hasJoined ? (
                      <Badge tone="success">Active</Badge>
                    ) : (
                      <Badge tone="warning">Not joined yet</Badge>
                    )}
                  </td>
                  <td className="hidden px-5 py-4 text-muted-foreground md:table-cell">
                    {counselor.lastLoginAt ? formatDateTime(counselor.lastLoginAt, viewer.practiceTimeZone) : "Never"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
