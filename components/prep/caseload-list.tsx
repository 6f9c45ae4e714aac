"use client";

import { AlertCircle, CalendarClock, ChevronRight, Search, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useId, useState } from "react";
import type { CouplePhase } from "@/db/schema/_shared/enums";
import { PARTNER_LABEL_NAMES, PARTNER_LABEL_SHORT, phaseLabel } from "../couples/labels";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { Input } from "../ui/input";
import { Label } from "../ui/label";
import { describeCompletion, formatSessionTime, plural } from "./format";
import { TrendArrow, TrendLegend } from "./trend-arrow";
import type { CaseloadPartner, CaseloadRow } from "./types";

const FILTERS = [
  { value: "all", label: "All", matches: () => true },
  { value: "attention", label: "Needs attention", matches: (row: CaseloadRow) => row.attention.length > 0 },
  { value: "flags", label: "Flags", matches: (row: CaseloadRow) => row.openFlags > 0 },
  { value: "inactive", label: "Paused or archived", matches: (row: CaseloadRow) => row.status !== "active" },
] as const;

type FilterValue = (typeof FILTERS)[number]["value"];

function describeActivity(days: number | null): string {
  if (days === null) return "No activity yet";
  if (days === 0) return "Active today";
  if (days === 1) return "Last active yesterday";
  return `Last active ${days} days ago`;
}

function PartnerLine({ partner }: { partner: CaseloadPartner }) {
  const short = PARTNER_LABEL_SHORT[partner.label];
  const deteriorating = partner.trends.some((trend) => trend.summary.badge?.kind === "deteriorating");
  const notImproving = !deteriorating && partner.trends.some((trend) => trend.summary.badge?.kind === "not_improving");
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <span className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium text-foreground">{partner.displayName}</span>
        {short ? (
          <>
            <span aria-hidden className="text-xs font-medium text-muted-foreground">
              ({short})
            </span>
            <span className="sr-only">, {PARTNER_LABEL_NAMES[partner.label].toLowerCase()}:</span>
          </>
        ) : (
          <span className="sr-only">:</span>
        )}
        {deteriorating ? <Badge tone="danger">Deteriorating</Badge> : null}
        {notImproving ? <Badge tone="warning">Not improving</Badge> : null}
      </span>
      <span>{describeCompletion(partner.completion)}.</span>
      {partner.trends.length > 0 ? (
        <ul className="flex flex-col gap-0.5" aria-label={`${partner.displayName}'s trends`}>
          {partner.trends.map((trend) => (
            <li key={trend.seriesKey} className="flex items-start gap-1.5">
              <TrendArrow arrow={trend.summary.arrow} label={trend.label} className="mt-0.5" />
              <span aria-hidden>{trend.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CaseloadItem({ row, timeZone }: { row: CaseloadRow; timeZone: string }) {
  const nameId = `couple-${row.coupleId}-name`;
  const detailsId = `couple-${row.coupleId}-details`;
  return (
    <li>
      <Link
        href={`/couples/${row.coupleId}/prep`}
        aria-labelledby={nameId}
        aria-describedby={detailsId}
        // The focus ring is drawn inside the row, where the list's rounded clip cannot hide it.
        className="group flex items-start gap-3 px-4 py-4 hover:bg-muted/60 focus-visible:bg-muted/60 focus-visible:-outline-offset-4 sm:gap-4 sm:px-6"
      >
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <span id={nameId} className="font-medium text-foreground">
              {row.displayName}
            </span>
            {row.openFlags > 0 ? (
              <Badge tone="danger" className="px-3 py-1 text-sm font-semibold">
                <ShieldAlert aria-hidden className="size-4" /> {plural(row.openFlags, "open flag")}
              </Badge>
            ) : null}
          </div>
          <div id={detailsId} className="flex min-w-0 flex-col gap-3 text-sm text-muted-foreground">
            {row.openFlags > 0 ? <span className="sr-only">{plural(row.openFlags, "open safety flag")}.</span> : null}
            <span className="flex flex-wrap gap-1.5">
              <Badge tone="primary">{phaseLabel(row.phase as CouplePhase)}</Badge>
              {row.status !== "active" ? <Badge>{row.status === "paused" ? "Paused" : "Archived"}</Badge> : null}
              <span className="sr-only">.</span>
            </span>
            {row.attention.length > 0 ? (
              <ul className="flex flex-col gap-1 text-foreground" aria-label="Needs attention">
                {row.attention.map((reason) => (
                  <li key={reason} className="flex items-start gap-1.5">
                    <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                    <span>{reason}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="inline-flex items-center gap-1.5">
                <CalendarClock aria-hidden className="size-4 shrink-0" />
                {row.nextSessionAt ? `Next session ${formatSessionTime(row.nextSessionAt, timeZone)}` : "No session scheduled"}.
              </span>
              <span>{describeActivity(row.daysSinceActivity)}.</span>
            </span>
            {row.partners.length > 0 ? (
              <div className="grid gap-3 sm:grid-cols-2">
                {row.partners.map((partner) => (
                  <PartnerLine key={partner.userId} partner={partner} />
                ))}
              </div>
            ) : null}
          </div>
        </div>
        <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground group-hover:text-foreground" />
      </Link>
    </li>
  );
}

/**
 * The caseload in attention order, with a name search and a filter. Both work on the
 * rows already on the page, so narrowing the list never reorders it.
 */
export function CaseloadList({ rows, timeZone }: { rows: CaseloadRow[]; timeZone: string }) {
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<FilterValue>("all");
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const needle = deferredQuery.trim().toLocaleLowerCase();
  const active = FILTERS.find((item) => item.value === filter) ?? FILTERS[0];
  const shown = rows.filter(
    (row) =>
      active.matches(row) &&
      (needle === "" || row.displayName.toLocaleLowerCase().includes(needle) || row.partners.some((partner) => partner.displayName.toLocaleLowerCase().includes(needle))),
  );
  const narrowed = needle !== "" || filter !== "all";

  return (
    <div className="flex flex-col gap-4">
      <div role="search" aria-label="Caseload" className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4 print:hidden">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={searchId}>Search by name</Label>
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" className="pl-9" />
          </div>
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-medium text-foreground">Show</legend>
          <div className="flex flex-wrap gap-2">
            {FILTERS.map((item) => {
              const count = rows.filter(item.matches).length;
              return (
                <label
                  key={item.value}
                  className={cn(
                    "inline-flex h-9 cursor-pointer items-center gap-1.5 rounded-full border border-input bg-surface px-3 text-sm font-medium text-foreground hover:bg-muted",
                    "has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:checked]:text-primary",
                    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                  )}
                >
                  <input type="radio" name="caseload-filter" value={item.value} checked={filter === item.value} onChange={() => setFilter(item.value)} className="sr-only" />
                  {item.label}
                  <span className="text-xs font-normal text-muted-foreground">({count})</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <TrendLegend />
      </div>

      <p role="status" className="text-sm text-muted-foreground">
        {narrowed ? `Showing ${shown.length} of ${plural(rows.length, "couple")}.` : `${plural(rows.length, "couple")}, most in need of attention first.`}
      </p>

      {shown.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-surface px-6 py-10 text-center">
          <p className="font-medium">No couples match.</p>
          <p className="max-w-md text-sm text-muted-foreground">Try another name, or show everyone.</p>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setQuery("");
              setFilter("all");
            }}
          >
            Show all couples
          </Button>
        </div>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface" aria-label="Couples">
          {shown.map((row) => (
            <CaseloadItem key={row.coupleId} row={row} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </div>
  );
}
