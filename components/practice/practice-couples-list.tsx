"use client";

import { useId, useState } from "react";
import { formatLongDate } from "../format";
import { Badge } from "../ui/badge";
import { Input } from "../ui/input";
import { CoupleAdminActions } from "./couple-admin-actions";

interface AdminCouple {
  id: string;
  displayName: string;
  status: "active" | "paused" | "archived";
  createdAt: Date;
  archivedAt: Date | null;
  counselor: { id: string; displayName: string };
  partners: { displayName: string; hasJoined: boolean }[];
}

const STATUS_TONE = { active: "success", paused: "warning", archived: "neutral" } as const;
const STATUS_LABEL = { active: "Active", paused: "Paused", archived: "Archived" } as const;

/**
 * The admin's couples with a name search that runs in the browser, so a couple's name
 * never goes into a URL or a server log.
 */
export function PracticeCouplesList({
  couples,
  counselors,
  timeZone,
  filtered,
}: {
  couples: AdminCouple[];
  counselors: { id: string; displayName: string }[];
  timeZone: string;
  filtered: boolean;
}) {
  const searchId = useId();
  const [search, setSearch] = useState("");
  const words = search.trim().toLowerCase();
  const shown = words ? couples.filter((couple) => couple.displayName.toLowerCase().includes(words)) : couples;
  const narrowed = filtered || words !== "";

  return (
    <div className="flex flex-col gap-3">
      <div role="search" aria-label="Find a couple" className="flex flex-col gap-1 sm:max-w-sm">
        <label htmlFor={searchId} className="text-sm font-medium">
          Find by couple name
        </label>
        <Input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
      </div>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {shown.length === 1 ? "1 couple" : `${shown.length} couples`}
        {narrowed ? " match" : ""}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          {narrowed ? "No couples match." : "No couples yet. Counselors add couples from their caseload."}
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Couples">
          {shown.map((couple) => (
            <li key={couple.id} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 lg:flex-row lg:items-start lg:justify-between">
              <div className="flex min-w-0 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-base font-semibold">{couple.displayName}</h2>
                  <Badge tone={STATUS_TONE[couple.status]}>{STATUS_LABEL[couple.status]}</Badge>
                </div>
                <p className="text-sm text-muted-foreground">
                  Counselor: <span className="text-foreground">{couple.counselor.displayName}</span> · Added {formatLongDate(couple.createdAt, timeZone)}
                  {couple.archivedAt ? ` · Archived ${formatLongDate(couple.archivedAt, timeZone)}` : ""}
                </p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Partners of ${couple.displayName}`}>
                  {couple.partners.map((partner, index) => (
                    <li key={index}>
                      {partner.displayName} <span className={partner.hasJoined ? "text-success" : "text-muted-foreground"}>{partner.hasJoined ? "· joined" : "· not joined yet"}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <CoupleAdminActions
                couple={{ id: couple.id, displayName: couple.displayName, status: couple.status, counselorId: couple.counselor.id, counselorName: couple.counselor.displayName }}
                counselors={counselors}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
