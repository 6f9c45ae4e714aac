import { Plus, Users } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { CaseloadList } from "@/components/prep/caseload-list";
import { Button } from "@/components/ui/button";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Caseload" };

export default async function CaseloadPage() {
  const [viewer, caseload] = await Promise.all([requirePageViewer("counselor"), loadForPage((caller) => caller.prep.caseload())]);
  const { rows } = caseload;
  const active = rows.filter((row) => row.status === "active").length;

  const newCouple = (
    <Button asChild>
      <Link href="/couples/new">
        <Plus aria-hidden /> New couple
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Caseload"
        description={
          rows.length === 0
            ? "The couples you work with will be listed here."
            : `${active} active ${active === 1 ? "couple" : "couples"}. Open one to prepare its next session.`
        }
        actions={rows.length > 0 ? newCouple : undefined}
      />
      {rows.length === 0 ? (
        <EmptyState icon={Users} title="No couples yet" action={newCouple}>
          Add a couple to give each partner a private account of their own and to choose how confidentiality works for them.
        </EmptyState>
      ) : (
        <CaseloadList rows={rows} timeZone={viewer.practiceTimeZone} />
      )}
    </>
  );
}
