import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";

export interface AccessEvent {
  id: number;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  coupleName: string | null;
  outcome: string;
}

const ROLE_NAMES: Record<string, string> = { admin: "Admin", counselor: "Counselor", partner: "Partner" };
const OUTCOME_TONES = { success: "success", denied: "danger", failure: "warning" } as const;

/** The access log as a table: who, what, when, and whether it was allowed. Never what was read. */
export function AccessTable({ events, timeZone, showCouple, emptyText }: { events: AccessEvent[]; timeZone: string; showCouple: boolean; emptyText?: string | undefined }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">{emptyText ?? "Nothing recorded yet."}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Access log, newest first</caption>
        <thead className="border-b border-border bg-muted/60">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Who
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Action
            </th>
            {showCouple ? (
              <th scope="col" className="px-4 py-2 font-medium">
                Couple
              </th>
            ) : null}
            <th scope="col" className="px-4 py-2 font-medium">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {events.map((event) => (
            <tr key={event.id}>
              <td className="whitespace-nowrap px-4 py-2 tabular-nums">{formatDateTime(new Date(event.occurredAt), timeZone)}</td>
              <td className="px-4 py-2">
                {event.actorName ?? "Not signed in"}
                {event.actorRole ? <span className="text-muted-foreground"> · {ROLE_NAMES[event.actorRole] ?? event.actorRole}</span> : null}
              </td>
              <td className="px-4 py-2 font-mono text-xs">{event.action}</td>
              {showCouple ? <td className="px-4 py-2">{event.coupleName ?? "—"}</td> : null}
              <td className="px-4 py-2">
                <Badge tone={OUTCOME_TONES[event.outcome as keyof typeof OUTCOME_TONES] ?? "neutral"}>{event.outcome}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
