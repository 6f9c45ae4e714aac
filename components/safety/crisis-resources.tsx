import { LifeBuoy } from "lucide-react";
import type { CrisisResource } from "@/db/schema/practices/table";

/**
 * Where to get help right now, from the practice's list (or Trellis's defaults). Trellis
 * is read by a counselor during working days, not watched around the clock, so it says so
 * plainly.
 */
export function CrisisResources({ resources, headingLevel = 2, intro }: { resources: CrisisResource[]; headingLevel?: 1 | 2; intro?: string }) {
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
        {resources.map((resource) => (
          <li key={`${resource.name}-${resource.contact}`} className="flex flex-col gap-0.5 rounded-md bg-muted/60 px-4 py-3">
            <span className="font-semibold">{resource.name}</span>
            {resource.href ? (
              <a href={resource.href} className="text-lg font-medium text-primary underline underline-offset-4">
                {resource.contact}
              </a>
            ) : (
              <span className="text-lg">{resource.contact}</span>
            )}
            <span className="text-sm text-muted-foreground">{resource.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
