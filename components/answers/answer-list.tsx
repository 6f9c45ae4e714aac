import type { ReactNode } from "react";
import type { PartnerField } from "@/db/schema/exercises/partner-form";
import { describeAnswer } from "./describe-answer";

export interface AnswerRow {
  field: PartnerField;
  value: unknown;
  /** Under the answer: who can read it, sharing controls, etc. */
  aside?: ReactNode;
}

function AnswerText({ field, value }: { field: PartnerField; value: unknown }) {
  const described = describeAnswer(field, value);
  if (described.kind === "text") return <p className="whitespace-pre-wrap break-words">{described.text}</p>;
  if (described.items.length === 0) return <p className="text-muted-foreground">No items</p>;
  return (
    <ol className="flex flex-col gap-2">
      {described.items.map((parts, index) => (
        <li key={index} className="rounded-md border border-border bg-muted/40 px-3 py-2">
          <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
            {parts.map((part) => (
              <div key={part.label} className="contents">
                <dt className="text-sm text-muted-foreground">{part.label}</dt>
                <dd className="whitespace-pre-wrap break-words">{part.text}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

/** Answers as question and reply, read-only: the author's own, the other partner's shared ones, or both for the counselor. */
export function AnswerList({ rows, empty = "No answers." }: { rows: AnswerRow[]; empty?: string }) {
  if (rows.length === 0) return <p className="text-muted-foreground">{empty}</p>;
  return (
    <dl className="flex flex-col divide-y divide-border">
      {rows.map(({ field, value, aside }) => (
        <div key={field.key} className="flex flex-col gap-1.5 py-4 first:pt-0 last:pb-0">
          <dt className="font-medium">{field.label}</dt>
          <dd className="flex flex-col gap-2">
            <AnswerText field={field} value={value} />
            {aside}
          </dd>
        </div>
      ))}
    </dl>
  );
}
