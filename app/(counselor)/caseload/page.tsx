import { ChevronRight, Plus, Users } from "lucide-react";
import Link from "next/link";
import { phaseLabel, POLICY_NAMES } from "@/components/couples/labels";
import { PartnerSummary } from "@/components/couples/partner-summary";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Caseload" };

export default async function CaseloadPage() {
  const couples = await loadForPage((caller) => caller.couple.list());
  const active = couples.filter((couple) => couple.status !== "archived").length;

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
          couples.length === 0 ? "The couples you work with will be listed here." : `${active} active ${active === 1 ? "couple" : "couples"}.`
        }
        actions={couples.length > 0 ? newCouple : undefined}
      />
      {couples.length === 0 ? (
        <EmptyState icon={Users} title="No couples yet" action={newCouple}>
          Add a couple to give each partner a private account of their own and to choose how confidentiality works for them.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface" aria-label="Couples">
          {couples.map((couple) => (
            <li key={couple.id}>
              <Link
                href={`/couples/${couple.id}`}
                aria-labelledby={`couple-${couple.id}-name`}
                aria-describedby={`couple-${couple.id}-details`}
                // The focus ring is drawn inside the row, where the list's rounded clip cannot hide it.
                className="group flex items-center gap-4 px-4 py-4 hover:bg-muted/60 focus-visible:bg-muted/60 focus-visible:-outline-offset-4 sm:px-6"
              >
                <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:flex-row sm:items-center sm:gap-6">
                  <div className="flex min-w-0 flex-col gap-1 sm:w-64 sm:shrink-0">
                    <span id={`couple-${couple.id}-name`} className="truncate font-medium text-foreground">
                      {couple.displayName}
                    </span>
                    <span className="flex flex-wrap gap-1.5">
                      <Badge tone="primary">{phaseLabel(couple.phase)}</Badge>
                      {couple.status !== "active" ? <Badge>{couple.status === "paused" ? "Paused" : "Archived"}</Badge> : null}
                    </span>
                  </div>
                  <div id={`couple-${couple.id}-details`} className="flex min-w-0 flex-col gap-1 text-sm text-muted-foreground">
                    <span className="sr-only">{phaseLabel(couple.phase)}.</span>
                    <span className="flex flex-wrap gap-x-3 gap-y-1">
                      {couple.partners.map((partner) => (
                        <PartnerSummary key={partner.userId} {...partner} />
                      ))}
                    </span>
                    <span>Confidentiality: {POLICY_NAMES[couple.secretsPolicy]}</span>
                  </div>
                </div>
                <ChevronRight aria-hidden className="size-5 shrink-0 text-muted-foreground group-hover:text-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
