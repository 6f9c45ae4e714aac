"use client";

import { Eye } from "lucide-react";
import { memo, useCallback, useEffect, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { ZTemplateDefinition, type TTemplateDefinition, type Variant } from "@/db/schema/exercises/definition";
import { partnerFormOf } from "@/db/schema/exercises/partner-form";
import { ExerciseForm } from "../exercise-form/exercise-form";
import { paragraphsOf } from "../format";
import { VARIANT_NAMES } from "../exercises/labels";
import { previewVariants } from "../exercises/preview-variants";
import { Alert } from "../ui/alert";
import { cn } from "../ui/cn";
import { useBuilderForm } from "./types";

const DEBOUNCE_MS = 300;

type Parsed = { ok: true; definition: TTemplateDefinition; signature: string } | { ok: false; problems: number };

function parse(values: unknown): Parsed {
  const result = ZTemplateDefinition.safeParse(values);
  if (!result.success) return { ok: false, problems: result.error.issues.length };
  return { ok: true, definition: result.data, signature: JSON.stringify(result.data) };
}

/** Cheap, stable text hash: the preview form starts afresh whenever the definition changes. */
function hash(text: string): string {
  let value = 5381;
  for (let i = 0; i < text.length; i++) value = (value * 33) ^ text.charCodeAt(i);
  return (value >>> 0).toString(36);
}

interface PreviewBodyProps {
  parsed: Parsed;
  variant: Variant;
  tried: boolean;
  onTried: () => void;
}

/** Re-renders only when the parsed definition, the variant or the result changes, not on every keystroke. */
const PreviewBody = memo(function PreviewBody({ parsed, variant, tried, onTried }: PreviewBodyProps) {
  const form = useMemo(() => (parsed.ok ? partnerFormOf(parsed.definition, variant) : null), [parsed, variant]);
  if (!parsed.ok) {
    return (
      <p className="text-sm text-muted-foreground">
        The preview updates once the exercise is valid — {parsed.problems === 1 ? "1 thing to fix" : `${parsed.problems} things to fix`}.
      </p>
    );
  }
  if (!form) return null;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h3 className="text-lg font-semibold">{form.title}</h3>
        {paragraphsOf(form.instructions).map((paragraph, index) => (
            <p key={index} className="text-sm text-muted-foreground">
              {paragraph}
            </p>
          ))}
      </div>
      <ExerciseForm key={`${variant}-${hash(parsed.signature)}`} form={form} idPrefix="preview" submitLabel="Try submitting" onSubmit={onTried} sectionHeading="h4" />
      {tried ? <Alert tone="success">These answers would be accepted. Nothing is saved from the preview.</Alert> : null}
    </div>
  );
});

/**
 * The exercise as a partner would see it, from the values being edited, checked with
 * the same schema the server uses. It follows the form a moment after typing stops.
 */
export function BuilderPreview() {
  const { control, getValues } = useBuilderForm();
  const values = useWatch({ control });
  const [parsed, setParsed] = useState<Parsed>(() => parse(getValues()));
  const [chosen, setChosen] = useState<Variant>("hp");
  const [tried, setTried] = useState(false);
  const onTried = useCallback(() => setTried(true), []);

  useEffect(() => {
    const timer = setTimeout(() => {
      setParsed(parse(getValues()));
      setTried(false);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values, getValues]);

  const variants = parsed.ok ? previewVariants(parsed.definition.audience) : (["hp", "ip"] as const);
  const variant = variants.includes(chosen) ? chosen : (variants[0] ?? "hp");

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-2">
        <Eye aria-hidden className="size-4 text-primary" />
        <h2 id="preview-heading" tabIndex={-1} className="rounded-md text-base font-semibold">
          Preview
        </h2>
      </div>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Preview as</legend>
        <div className="inline-flex w-full rounded-md border border-input bg-surface p-0.5">
          {(["hp", "ip"] as const).map((option) => {
            const available = variants.includes(option);
            return (
              <label
                key={option}
                className={cn(
                  "flex flex-1 cursor-pointer items-center justify-center rounded px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                  variant === option ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
                  !available && "cursor-not-allowed opacity-50",
                )}
              >
                <input
                  type="radio"
                  name="preview-variant"
                  value={option}
                  className="sr-only"
                  checked={variant === option}
                  disabled={!available}
                  onChange={() => {
                    setChosen(option);
                    setTried(false);
                  }}
                />
                {VARIANT_NAMES[option]}
              </label>
            );
          })}
        </div>
        {variants.length === 1 ? <p className="text-sm text-muted-foreground">This exercise is for the {VARIANT_NAMES[variant].toLowerCase()} only.</p> : null}
      </fieldset>
      <div className="rounded-lg border border-border bg-background p-4">
        <PreviewBody parsed={parsed} variant={variant} tried={tried} onTried={onTried} />
      </div>
    </div>
  );
}
