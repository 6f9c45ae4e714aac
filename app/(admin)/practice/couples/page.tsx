import Link from "next/link";
import { formatLongDate } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { CoupleAdminActions } from "@/components/practice/couple-admin-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ZPracticeCouplesInput } from "@/db/schema/practices/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Couples" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fieldClass = "h-10 rounded-md border border-input bg-surface px-3 text-sm";
const STATUS_TONE = { active: "success", paused: "warning", archived: "neutral" } as const;
const STATUS_LABEL = { active: "Active", paused: "Paused", archived: "Archived" } as const;

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
      <form method="get" role="search" aria-label="Filter couples" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Couple name
          <input name="search" type="search" defaultValue={filter.search ?? ""} className={fieldClass} />
        </label>
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
      <p className="mb-3 text-sm text-muted-foreground" aria-live="polite">
        {couples.length === 1 ? "1 couple" : `${couples.length} couples`}
        {filtered ? " match these filters" : ""}
      </p>
      {couples.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          {filtered ? "No couples match these filters." : "No couples yet. Counselors add couples from their caseload."}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {couples.map((couple) => (
            <li key={couple.id} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 lg:flex-row lg:items-start lg:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-base font-semibold">{couple.displayName}</h2>
                  <Badge tone={STATUS_TONE[couple.status]}>{STATUS_LABEL[couple.status]}</Badge>
                </div>
                <p className="text-sm text-muted-foreground">
                  Counselor: <span className="text-foreground">{couple.counselor.displayName}</span> · Added {formatLongDate(couple.createdAt, viewer.practiceTimeZone)}
                  {couple.archivedAt ? ` · Archived ${formatLongDate(couple.archivedAt, viewer.practiceTimeZone)}` : ""}
                </p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Partners of ${couple.displayName}`}>
                  {couple.partners.map((partner, index) => (
                    <li key={index}>
                      {partner.displayName}{" "}
                      <span className={partner.hasJoined ? "text-success" : "text-muted-foreground"}>{partner.hasJoined ? "· joined" : "· not joined yet"}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <CoupleAdminActions
                couple={{ id: couple.id, displayName: couple.displayName, status: couple.status, counselorId: couple.counselor.id, counselorName: couple.counselor.displayName }}
                counselors={activeCounselors}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
