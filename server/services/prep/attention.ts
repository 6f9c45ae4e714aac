/**
 * The caseload's attention order (SPEC §7): open safety flags first, then deteriorating
 * trends, then missed homework, then whoever is seen soonest. Ties keep names in order.
 */
export interface AttentionFacts {
  displayName: string;
  openFlags: number;
  /** Partner measures whose trend carries a "deteriorating" badge. */
  deteriorating: number;
  missedSinceLastSession: number;
  /** ISO time of the next scheduled session, or null. */
  nextSessionAt: string | null;
  archived?: boolean;
}

export function compareAttention(a: AttentionFacts, b: AttentionFacts): number {
  return (
    Number(a.archived ?? false) - Number(b.archived ?? false) ||
    b.openFlags - a.openFlags ||
    b.deteriorating - a.deteriorating ||
    b.missedSinceLastSession - a.missedSinceLastSession ||
    compareNextSession(a.nextSessionAt, b.nextSessionAt) ||
    a.displayName.localeCompare(b.displayName)
  );
}

function compareNextSession(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Date.parse(a) - Date.parse(b);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Why a couple needs attention, most important first; empty when nothing does. */
export function attentionReasons(facts: AttentionFacts): string[] {
  const reasons: string[] = [];
  if (facts.openFlags > 0) reasons.push(plural(facts.openFlags, "open safety flag", "open safety flags"));
  if (facts.deteriorating > 0) reasons.push(plural(facts.deteriorating, "deteriorating measure", "deteriorating measures"));
  if (facts.missedSinceLastSession > 0) reasons.push(plural(facts.missedSinceLastSession, "missed task", "missed tasks") + " since the last session");
  return reasons;
}

export function sortByAttention<T extends AttentionFacts>(items: readonly T[]): T[] {
  return [...items].sort(compareAttention);
}
