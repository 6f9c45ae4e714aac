import Link from "next/link";
import { AccessTable } from "@/components/audit/access-table";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZAuditFilterInput } from "@/db/schema/audit/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Access log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fieldClass = "h-10 rounded-md border border-input bg-surface px-3 text-sm";

/** Practice-wide access log for administrators; the filters are a plain GET form, so a view can be bookmarked. */
export default async function PracticeAccessPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = ZAuditFilterInput.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const [viewer, counselors, log] = await Promise.all([
    requirePageViewer("admin"),
    loadForPage((caller) => caller.practice.listCounselors()),
    loadForPage((caller) => caller.audit.forPractice(filter)),
  ]);
  const nextHref = log.next ? `/practice/access?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string")), before: String(log.next) })}` : null;

  return (
    <>
      <PageHeader title="Access log" description="Every read and change of clinical records in the practice, newest first. Actions only, never content; entries can't be edited." />
      {parsed.success ? null : (
        <Alert tone="error" className="mb-4">
          Some filters weren&apos;t valid and were ignored: {parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}
        </Alert>
      )}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Who
          <select name="actorId" defaultValue={filter.actorId ?? ""} className={fieldClass}>
            <option value="">Anyone</option>
            {counselors.map((counselor) => (
              <option key={counselor.id} value={counselor.id}>
                {counselor.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Action starts with
          <input name="action" defaultValue={filter.action ?? ""} placeholder="answers.read" className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Outcome
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={fieldClass}>
            <option value="">Any</option>
            <option value="success">Allowed</option>
            <option value="denied">Refused</option>
            <option value="failure">Failed</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          From
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={fieldClass} />
        </label>
        <Button type="submit">Filter</Button>
        <Link href="/practice/access" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          Clear
        </Link>
      </form>
      <AccessTable
        events={log.events}
        timeZone={viewer.practiceTimeZone}
        showCouple
        emptyText={Object.values(filter).some((value) => value !== undefined) ? "No entries match these filters." : undefined}
      />
      {nextHref ? (
        <p className="mt-4">
          <Link href={nextHref} className="font-medium text-primary underline-offset-4 hover:underline">
            Older entries
          </Link>
        </p>
      ) : null}
    </>
  );
}
