import type { Audience, VisibilityClass } from "@/db/schema/_shared/enums";
import type { SectionAudience, Variant } from "@/db/schema/exercises/definition";
import type { FieldType } from "@/db/schema/exercises/field-types";

export const AUDIENCE_NAMES: Record<Audience, string> = {
  hp: "Hurt partner",
  ip: "Involved partner",
  each: "Each partner",
  together: "Together",
};

export const SECTION_AUDIENCE_NAMES: Record<SectionAudience, string> = {
  everyone: "Both partners",
  hp: "Hurt partner only",
  ip: "Involved partner only",
};

export const VARIANT_NAMES: Record<Variant, string> = { hp: "Hurt partner", ip: "Involved partner" };

export const FIELD_TYPE_NAMES: Record<FieldType, string> = {
  short_text: "Short text",
  long_text: "Long text",
  scale_0_10: "Scale 0–10",
  likert_5: "Agree scale (5 points)",
  likert_7: "Agree scale (7 points)",
  yes_no: "Yes / no",
  single_select: "Single choice",
  checklist: "Checklist",
  date: "Date",
  number: "Number",
  repeatable_list: "List of items",
  promise_list: "Promise list",
  agreement_list: "Agreement list",
  acknowledgement: "Acknowledgement",
};

/** For counselors: who reads an answer of each class. */
export const VISIBILITY_NAMES: Record<VisibilityClass, string> = {
  safety: "Safety · author and counselor only",
  counselor_only: "Private · author and counselor",
  release_gated: "Released by counselor",
  shared: "Shared with partner",
};

export const VISIBILITY_DESCRIPTIONS: Record<VisibilityClass, string> = {
  safety: "Only the author and you. The other partner sees no trace of it, and it can never be shared.",
  counselor_only: "Only the author and you. The author may choose to share it; you can only ask.",
  release_gated: "The author and you first. The other partner sees it once you release it, for example after reading it together in session.",
  shared: "Both partners and you, as soon as it is submitted.",
};

export const PAIRED_REVEAL_DESCRIPTION =
  "Both partners and you. Each partner sees the other's answer only after submitting their own for the same day, so neither answer shapes the other.";

/** For partners: the plain "who will read this" line shown above each question. */
export function whoWillSee(visibility: VisibilityClass, pairedReveal: boolean): string {
  switch (visibility) {
    case "safety":
      return "Only your counselor. Your partner never sees this question or your answer.";
    case "counselor_only":
      return "You and your counselor only.";
    case "release_gated":
      return "Your counselor. Your partner only if your counselor shares it with them, usually in a session.";
    case "shared":
      return pairedReveal
        ? "Your partner and your counselor, once you have both answered."
        : "Your partner and your counselor, once you submit.";
  }
}

export const PROMISE_OWNER_NAMES = { hp: "Hurt partner", ip: "Involved partner", both: "Both of us" } as const;
export const PROMISE_STATUS_NAMES = { kept: "Kept", partly: "Partly kept", not_kept: "Not kept", renegotiated: "Renegotiated" } as const;
export const PROMISE_NOTICED_NAMES = { yes: "Yes, I noticed", no: "No", not_applicable: "Didn't come up" } as const;
export const AGREEMENT_ORIGIN_NAMES = { offered: "Offered", requested: "Requested" } as const;
export const AGREEMENT_STATUS_NAMES = { active: "Active", relaxed: "Relaxed", retired: "Retired" } as const;

export function scheduleLabel(schedule: { kind: "once"; dueInDays: number } | { kind: "daily" } | { kind: "weekly"; weekdays: number[]; everyWeeks: number }): string {
  if (schedule.kind === "once") return schedule.dueInDays === 0 ? "Once, due the same day" : `Once, due within ${schedule.dueInDays} days`;
  if (schedule.kind === "daily") return "Daily";
  const days = schedule.weekdays.map((day) => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day]).join(", ");
  return schedule.everyWeeks === 1 ? `Weekly on ${days}` : `Every ${schedule.everyWeeks} weeks on ${days}`;
}
