import { Eye, EyeOff, Link2, Lock, ShieldCheck } from "lucide-react";
import type { VisibilityClass } from "@/db/schema/_shared/enums";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { itemFieldsOf } from "@/db/schema/exercises/answers";
import { isListField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { Badge } from "../ui/badge";
import { FIELD_TYPE_NAMES, PAIRED_REVEAL_DESCRIPTION, SECTION_AUDIENCE_NAMES, VISIBILITY_DESCRIPTIONS, VISIBILITY_NAMES } from "./labels";

const VISIBILITY_ICONS = { safety: ShieldCheck, counselor_only: Lock, release_gated: EyeOff, shared: Eye } as const;
const VISIBILITY_TONES = { safety: "danger", counselor_only: "neutral", release_gated: "warning", shared: "success" } as const;

function VisibilityBadge({ visibility, pairedReveal }: { visibility: VisibilityClass; pairedReveal: boolean }) {
  const Icon = VISIBILITY_ICONS[visibility];
  return (
    <Badge tone={VISIBILITY_TONES[visibility]}>
      <Icon aria-hidden className="size-3" /> {pairedReveal ? "Shared once both answer" : VISIBILITY_NAMES[visibility]}
    </Badge>
  );
}

function fieldDetails(field: TTemplateField, labels: Map<string, string>): string[] {
  const details: string[] = [field.required ? "Required" : "Optional"];
  if (field.type === "short_text" || field.type === "long_text") details.push(`up to ${field.maxLength.toLocaleString("en-US")} characters`);
  if (field.type === "scale_0_10") details.push(`0 = ${field.anchors.low}, 10 = ${field.anchors.high}`);
  if (field.type === "number") {
    const range = [field.min, field.max].map((bound) => bound ?? "…").join("–");
    details.push(`${range}${field.unit ? ` ${field.unit}` : ""}`);
  }
  if (field.type === "single_select" || field.type === "checklist") details.push(`options: ${field.options.map((option) => option.label).join(" · ")}`);
  if (isListField(field)) details.push(`up to ${field.maxItems} items: ${itemFieldsOf(field).map((sub) => sub.label).join(", ")}`);
  if (field.type === "acknowledgement") details.push(`“${field.statement}”`);
  if (field.showWhen) {
    const value = field.showWhen.equals;
    const target = labels.get(field.showWhen.field) ?? field.showWhen.field;
    details.push(value === undefined ? `shown once “${target}” is answered` : `shown when “${target}” is ${value === true ? "yes" : value === false ? "no" : `“${String(value)}”`}`);
  }
  return details;
}

/** Every question of a template, grouped by section, with who will read each answer. */
export function FieldList({ definition }: { definition: TTemplateDefinition }) {
  const labels = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field.label] as const)));
  return (
    <div className="flex flex-col gap-6">
      {definition.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key} section-${section.key}-for`} className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h3 id={`section-${section.key}`} className="font-semibold">
              {section.title}
            </h3>
            <span id={`section-${section.key}-for`} className="text-sm text-muted-foreground">
              {SECTION_AUDIENCE_NAMES[section.for]}
            </span>
          </div>
          {section.intro ? <p className="text-sm text-muted-foreground">{section.intro}</p> : null}
          <ol className="flex flex-col divide-y divide-border rounded-md border border-border">
            {section.fields.map((field) => (
              <li key={field.key} className="flex flex-col gap-2 p-3 sm:p-4">
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                  <span className="font-medium">{field.label}</span>
                  <span className="flex shrink-0 flex-wrap gap-1.5">
                    <Badge>{FIELD_TYPE_NAMES[field.type]}</Badge>
                    <VisibilityBadge visibility={field.visibility} pairedReveal={field.pairedReveal} />
                  </span>
                </div>
                {field.helpText ? <p className="text-sm text-muted-foreground">{field.helpText}</p> : null}
                <p className="text-xs text-muted-foreground">{fieldDetails(field, labels).join(" · ")}</p>
                <p className="text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">Who will see this: </span>
                  {field.pairedReveal ? PAIRED_REVEAL_DESCRIPTION : VISIBILITY_DESCRIPTIONS[field.visibility]}
                </p>
                {field.pairKey ? (
                  <p className="flex items-center gap-1 text-xs text-muted-foreground">
                    <Link2 aria-hidden className="size-3.5" /> Compared with the other partner's answer (pair “{field.pairKey}”)
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
