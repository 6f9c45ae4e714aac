import type { AgendaItem, ChartSeries, DiscussEntry, PartnerHomework, PrepDiscrepancy, PrepFlag } from "./types";

export interface AgendaInput {
  names: Map<string, string>;
  flags: PrepFlag[];
  homework: PartnerHomework[];
  charts: ChartSeries[];
  discrepancies: PrepDiscrepancy[];
  discuss: DiscussEntry[];
}

const item = (text: string): AgendaItem => ({ text: text.slice(0, 300), done: false });

/**
 * A starting agenda in the order of the prep view: safety, homework review (first, as
 * the research recommends; missed work is something to problem-solve), trends, diverging
 * accounts, then what was held for the session. The counselor edits it before saving.
 */
export function suggestAgenda(input: AgendaInput): AgendaItem[] {
  const name = (userId: string) => input.names.get(userId) ?? "A partner";
  const items: AgendaItem[] = [];
  const openFlags = input.flags.filter((flag) => flag.acknowledgedAt === null);
  if (openFlags.length > 0) items.push(item(`Safety check-in first: ${openFlags.length} unacknowledged ${openFlags.length === 1 ? "flag" : "flags"} to review`));
  for (const partner of input.homework) {
    const { assigned, completed, missed, skipped, open } = partner.totals;
    if (assigned === 0) continue;
    const gaps = missed + skipped;
    const stillOpen = open > 0 ? ` (${open} still open)` : "";
    items.push(
      item(`Homework review with ${partner.displayName}: ${completed} of ${assigned} done${stillOpen}${gaps > 0 ? `; talk through what got in the way of the ${gaps} not done` : ""}`),
    );
  }
  for (const chart of input.charts) {
    for (const partner of chart.partners) {
      if (partner.summary.badge) items.push(item(`${chart.label} for ${name(partner.userId)}: ${partner.summary.badge.text}`));
    }
  }
  for (const discrepancy of input.discrepancies.slice(0, 3)) items.push(item(`Different accounts: ${discrepancy.label}`));
  for (const entry of input.discuss.slice(0, 6)) items.push(item(`${entry.label} (${name(entry.authorId)})`));
  items.push(item("Agree on next homework"));
  return items.slice(0, 30);
}
