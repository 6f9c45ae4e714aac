import { isListField, DEFAULT_LIKERT_LABELS, type TItemField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { itemFieldsOf } from "@/db/schema/exercises/answers";
import { formatCalendarDate } from "../format";
import {
  AGREEMENT_ORIGIN_NAMES,
  AGREEMENT_STATUS_NAMES,
  PROMISE_NOTICED_NAMES,
  PROMISE_OWNER_NAMES,
  PROMISE_STATUS_NAMES,
} from "../exercises/labels";

import type { PartnerField } from "@/db/schema/exercises/partner-form";

type AnyField = TTemplateField | TItemField | PartnerField;

const STRUCTURED_NAMES: Record<string, Record<string, string>> = {
  owner: PROMISE_OWNER_NAMES,
  status: { ...PROMISE_STATUS_NAMES, ...AGREEMENT_STATUS_NAMES },
  noticed: PROMISE_NOTICED_NAMES,
  origin: AGREEMENT_ORIGIN_NAMES,
};

/** Raw text of a value whose type the field didn't predict (an older version's answer, say). */
function plain(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

/** One answered value as words a person reads, e.g. "7 of 10 (Completely = 10)" or "Yes". */
export function describeValue(field: AnyField, value: unknown, structured = false): string {
  if (value === null || value === undefined || value === "") return "No answer";
  switch (field.type) {
    case "short_text":
    case "long_text":
      return plain(value);
    case "scale_0_10":
      return `${plain(value)} out of 10`;
    case "likert_5":
    case "likert_7": {
      const labels = field.labels ?? DEFAULT_LIKERT_LABELS[field.type === "likert_5" ? 5 : 7];
      return labels[Number(value) - 1] ?? plain(value);
    }
    case "yes_no":
      return value === true ? "Yes" : value === false ? "No" : plain(value);
    case "single_select": {
      const names = structured ? STRUCTURED_NAMES[field.key] : undefined;
      return names?.[plain(value)] ?? field.options.find((option) => option.value === value)?.label ?? plain(value);
    }
    case "checklist": {
      const picked = Array.isArray(value) ? value : [];
      if (picked.length === 0) return "None ticked";
      return picked.map((item) => field.options.find((option) => option.value === item)?.label ?? plain(item)).join("; ");
    }
    case "date":
      return typeof value === "string" ? formatCalendarDate(value) : plain(value);
    case "number":
      return field.unit ? `${plain(value)} ${field.unit}` : plain(value);
    case "acknowledgement":
      return value === true ? "Acknowledged" : "Not acknowledged";
    case "repeatable_list":
    case "promise_list":
    case "agreement_list":
      return Array.isArray(value) ? `${value.length} items` : plain(value);
  }
}

export interface DescribedItem {
  label: string;
  text: string;
}

/** A list answer as items of labelled parts; any other answer as one line. */
export function describeAnswer(field: PartnerField, value: unknown): { kind: "text"; text: string } | { kind: "list"; items: DescribedItem[][] } {
  const full = field as TTemplateField;
  if (!isListField(full)) return { kind: "text", text: describeValue(field, value) };
  const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const parts = itemFieldsOf(full);
  const structured = full.type !== "repeatable_list";
  return {
    kind: "list",
    items: items.map((item) =>
      parts.flatMap((part) => (item[part.key] === undefined || item[part.key] === "" ? [] : [{ label: part.label, text: describeValue(part, item[part.key], structured) }])),
    ),
  };
}
