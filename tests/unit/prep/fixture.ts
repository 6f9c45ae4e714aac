import { ZTemplateDefinition, type TTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import type { SubmittedAnswers } from "@/server/services/prep/discrepancies";

/** A small two-partner exercise with one field of each kind the rules can point at. */
export const rulesFixture = {
  title: "Rules fixture",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "both",
      title: "For both",
      fields: [
        { key: "commitment", type: "scale_0_10", label: "Commitment", required: true, visibility: "counselor_only" },
        {
          key: "leaning",
          type: "single_select",
          label: "Leaning",
          visibility: "counselor_only",
          options: [
            { value: "stay", label: "Stay" },
            { value: "undecided", label: "Undecided" },
          ],
        },
        { key: "note", type: "short_text", label: "Note", visibility: "shared" },
        { key: "when", type: "date", label: "When", visibility: "shared" },
        {
          key: "feelings",
          type: "checklist",
          label: "Feelings",
          visibility: "shared",
          options: [
            { value: "hurt", label: "Hurt" },
            { value: "calm", label: "Calm" },
          ],
        },
        {
          key: "items",
          type: "repeatable_list",
          label: "Items",
          itemLabel: "Item",
          visibility: "shared",
          itemFields: [
            { key: "what", type: "short_text", label: "What", required: true },
            {
              key: "status",
              type: "single_select",
              label: "Status",
              options: [
                { value: "open", label: "Open" },
                { value: "strained", label: "Strained" },
                { value: "broken", label: "Broken" },
              ],
            },
            { key: "level", type: "scale_0_10", label: "Level" },
            { key: "held", type: "yes_no", label: "Held" },
          ],
        },
        { key: "promises", type: "promise_list", label: "Promises", visibility: "shared" },
      ],
    },
    {
      key: "hp_part",
      title: "Hurt partner",
      for: "hp",
      fields: [
        { key: "hp_talked", type: "yes_no", label: "We talked", visibility: "shared" },
        { key: "hp_heard", type: "scale_0_10", label: "I felt heard", visibility: "shared" },
        { key: "hp_trust", type: "scale_0_10", label: "My trust", required: true, visibility: "shared" },
        { key: "hp_agree", type: "likert_5", label: "I agree", required: true, visibility: "shared" },
        { key: "hp_count", type: "number", label: "Reminders", min: 0, max: 50, visibility: "shared" },
      ],
    },
    {
      key: "ip_part",
      title: "Involved partner",
      for: "ip",
      fields: [
        { key: "ip_asked", type: "yes_no", label: "I asked", visibility: "shared" },
        { key: "ip_trust", type: "scale_0_10", label: "Trust I sense", required: true, visibility: "shared" },
        {
          key: "ip_choice",
          type: "single_select",
          label: "Choice",
          visibility: "shared",
          options: [
            { value: "x", label: "X" },
            { value: "y", label: "Y" },
          ],
        },
        { key: "ip_agree", type: "likert_5", label: "I agree", required: true, visibility: "shared" },
        { key: "ip_open_count", type: "number", label: "Times", min: 0, visibility: "shared" },
      ],
    },
  ],
} satisfies TTemplateDefinitionInput;

export function withRules(rules: Partial<Pick<TTemplateDefinitionInput, "discrepancies" | "discuss" | "scoring" | "audience">>): TTemplateDefinition {
  return ZTemplateDefinition.parse({ ...structuredClone(rulesFixture), ...rules });
}

let counter = 0;

/** One submission; the task id and submission time follow the date unless given. */
export function submitted(side: "hp" | "ip", dueOn: string, answers: Record<string, unknown>, submittedAt = `${dueOn}T20:00:00.000Z`): SubmittedAnswers {
  counter += 1;
  return { responseId: `${side}-${dueOn}-${counter}`, side, dueOn, submittedAt, answers };
}
