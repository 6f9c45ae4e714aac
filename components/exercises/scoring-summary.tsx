import type { TTemplateDefinition } from "@/db/schema/exercises/definition";

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, ""));

/** How a measure is scored, with the reference lines and bands only counselors see. */
export function ScoringSummary({ definition }: { definition: TTemplateDefinition }) {
  if (!definition.scoring) return null;
  const labels = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field.label] as const)));
  return (
    <div className="flex flex-col gap-4">
      {definition.source ? (
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{definition.source.name}.</span>{" "}
          {definition.source.standardized ? "A standardized instrument: its wording is kept exactly as published." : "Not a standardized instrument."}
          {definition.source.citation ? ` ${definition.source.citation}.` : ""} {definition.source.licenceNote ?? ""}
        </p>
      ) : null}
      <ul className="flex flex-col gap-4">
        {definition.scoring.scores.map((score) => (
          <li key={score.key} className="rounded-md border border-border p-3 text-sm sm:p-4">
            <p className="font-medium">
              {score.label} <span className="font-normal text-muted-foreground">· {score.method === "sum" ? "sum" : "average"} of {score.items.length} items</span>
            </p>
            <p className="mt-1 text-muted-foreground">
              {score.items.map((item) => `${labels.get(item.field) ?? item.field}${item.reverse ? " (reversed)" : ""}`).join("; ")}
            </p>
            {score.referenceLines.length > 0 ? (
              <p className="mt-2 text-muted-foreground">Reference lines: {score.referenceLines.map((line) => `${format(line.value)} (${line.label})`).join(", ")}</p>
            ) : null}
            {score.bands.length > 0 ? (
              <p className="mt-1 text-muted-foreground">Bands: {score.bands.map((band) => `${format(band.from)}–${format(band.to)} ${band.label}`).join(", ")}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted-foreground">Scores, reference lines and bands appear on your charts only. Partners never see them.</p>
    </div>
  );
}
