import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { PracticeCouplesList } from "@/components/practice/practice-couples-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZPracticeCouplesInput } from "@/db/schema/practices/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Couples" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fieldClass = "h-10 rounded-md border border-input bg-surface px-3 text-sm";

/**
 * The practice's couples for its administrator: who counsels them, whether each partner has
 * joined, and their status. Names and dates only, never anything of their work.
 */
export default async function PracticeCouplesPage({ searchParams }: Props) {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) raw[key] = first;
  }
  const parsed = ZPracticeCouplesInput.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const [viewer, counselors, couples] = await Promise.all([
    requirePageViewer("admin"),
    loadForPage((caller) => caller.practice.listCounselors()),
    loadForPage((caller) => caller.practice.couples(filter)),
  ]);
  const activeCounselors = counselors.filter((counselor) => !counselor.disabled).map((counselor) => ({ id: counselor.id, displayName: counselor.displayName }));
  const filtered = Object.values(filter).some((value) => value !== undefined);

  return (
    <>
      <PageHeader title="Couples" description="Every couple in your practice, who counsels them and whether each partner has joined. Their answers, notes and flags stay with their counselor." />
      {parsed.success ? null : (
        <Alert tone="error" className="mb-4">
          Some filters weren&apos;t valid and were ignored.
        </Alert>
      )}
      <form method="get" role="search" aria-label="Filter couples by status or counselor" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Status
          <select name="status" defaultValue={filter.status ?? ""} className={fieldClass}>
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="paused">Paused</option>
            <option value="archived">Archived</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Counselor
          <select name="counselorId" defaultValue={filter.counselorId ?? ""} className={fieldClass}>
            <option value="">Anyone</option>
            {counselors.map((counselor) => (
              <option key={counselor.id} value={counselor.id}>
                {counselor.displayName}
                {counselor.disabled ? " (disabled)" : ""}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">Filter</Button>
        <Link href="/practice/couples" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          Clear
        </Link>
      </form>
      <PracticeCouplesList couples={couples} counselors={activeCounselors} timeZone={viewer.practiceTimeZone} filtered={filtered} />
    </>
  );
}
