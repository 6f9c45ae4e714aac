import { LifeBuoy } from "lucide-react";

/**
 * Where to get help right now. Trellis is read by a counselor during working days, not
 * watched around the clock, so these say so plainly. The defaults are for the US (the
 * demo practice's country); a practice setting for other regions is a later change.
 */
export const DEFAULT_CRISIS_RESOURCES = [
  { name: "Emergency services", how: "Call 911", when: "If you or someone else is in danger right now." },
  { name: "988 Suicide & Crisis Lifeline", how: "Call or text 988, or chat at 988lifeline.org", when: "If you are thinking about suicide or hurting yourself, or are worried about someone." },
  { name: "National Domestic Violence Hotline", how: "Call 1-800-799-7233 or text START to 88788", when: "If you feel afraid of your partner or unsafe at home." },
] as const;

export function CrisisResources({ headingLevel = 2, intro }: { headingLevel?: 1 | 2; intro?: string }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby="crisis-resources" className="flex flex-col gap-4 rounded-lg border border-primary/40 bg-surface p-5 sm:p-6">
      <Heading id="crisis-resources" className="flex items-center gap-2 text-xl font-semibold text-foreground">
        <LifeBuoy aria-hidden className="size-5 text-primary" /> Help is available now
      </Heading>
      {intro ? <p>{intro}</p> : null}
      <p className="text-muted-foreground">
        Trellis is not monitored around the clock: your counselor reads what you write during their working days, so they may not see it for a day or two.
      </p>
      <ul className="flex flex-col gap-3">
        {DEFAULT_CRISIS_RESOURCES.map((resource) => (
          <li key={resource.name} className="flex flex-col gap-0.5 rounded-md bg-muted/60 px-4 py-3">
            <span className="font-semibold">{resource.name}</span>
            <span className="text-lg">{resource.how}</span>
            <span className="text-sm text-muted-foreground">{resource.when}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
