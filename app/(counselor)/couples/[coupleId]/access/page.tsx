import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessTable } from "@/components/audit/access-table";
import { PageHeader } from "@/components/layout/page-header";
import { ZCoupleAuditInput } from "@/db/schema/audit/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Access log" };

type Props = { params: Promise<{ coupleId: string }>; searchParams: Promise<{ before?: string }> };

/** Who read or changed this couple's records: the counselor's view of the audit trail. */
export default async function CoupleAccessPage({ params, searchParams }: Props) {
  const { coupleId } = await params;
  const { before } = await searchParams;
  const input = ZCoupleAuditInput.safeParse({ coupleId, before });
  if (!input.success) notFound();
  const [viewer, log] = await Promise.all([requirePageViewer("counselor"), loadForPage((caller) => caller.audit.forCouple(input.data))]);
  return (
    <>
      <Link href={`/couples/${coupleId}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {log.coupleName}
      </Link>
      <PageHeader
        title="Access log"
        description={`Everyone who opened or changed ${log.coupleName}'s records in Trellis, newest first. It records actions, never what was read, and can't be edited.`}
      />
      <AccessTable events={log.events} timeZone={viewer.practiceTimeZone} showCouple={false} />
      {log.next ? (
        <p className="mt-4">
          <Link href={`/couples/${coupleId}/access?before=${log.next}`} className="font-medium text-primary underline-offset-4 hover:underline">
            Older entries
          </Link>
        </p>
      ) : null}
    </>
  );
}
