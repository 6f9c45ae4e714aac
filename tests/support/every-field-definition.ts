import type { TTemplateDefinitionInput } from "@/db/schema/exercises/definition";

/** One field of every type, a condition, a pair and a scored measure: the engine's widest input. */
export const everyFieldDefinition = {
  title: "Every field",
  summary: "A template that uses every field type.",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "shared_part",
      title: "For both",
      fields: [
        { key: "short", type: "short_text", label: "Short", required: true, visibility: "shared", maxLength: 40 },
        { key: "long", type: "long_text", label: "Long", visibility: "release_gated" },
        { key: "scale", type: "scale_0_10", label: "Scale", required: true, visibility: "counselor_only" },
        { key: "likert5", type: "likert_5", label: "Likert five", required: true, visibility: "counselor_only" },
        { key: "likert7", type: "likert_7", label: "Likert seven", visibility: "counselor_only" },
        { key: "yesno", type: "yes_no", label: "Yes or no", visibility: "shared" },
        { key: "yes_detail", type: "short_text", label: "Tell us more", required: true, visibility: "shared", showWhen: { field: "yesno", equals: true } },
        {
          key: "select",
          type: "single_select",
          label: "Select",
          required: true,
          visibility: "shared",
          options: [
            { value: "a", label: "A", score: 0 },
            { value: "b", label: "B", score: 2 },
          ],
        },
        {
          key: "checks",
          type: "checklist",
          label: "Checklist",
          visibility: "shared",
          maxSelected: 2,
          options: [
            { value: "x", label: "X" },
            { value: "y", label: "Y" },
            { value: "z", label: "Z" },
          ],
        },
        { key: "when", type: "date", label: "Date", visibility: "shared" },
        { key: "count", type: "number", label: "Number", visibility: "shared", min: 0, max: 20, unit: "times" },
        {
          key: "items",
          type: "repeatable_list",
          label: "List",
          visibility: "shared",
          itemLabel: "Entry",
          maxItems: 3,
          itemFields: [
            { key: "what", type: "short_text", label: "What", required: true, maxLength: 100 },
            { key: "how_much", type: "scale_0_10", label: "How much" },
          ],
        },
        { key: "promises", type: "promise_list", label: "Promises", visibility: "shared", maxItems: 5 },
        { key: "agreements", type: "agreement_list", label: "Agreements", visibility: "shared", maxItems: 5 },
        { key: "ack", type: "acknowledgement", label: "Acknowledge", statement: "I understand.", required: true, visibility: "shared" },
        { key: "private_note", type: "long_text", label: "Private", visibility: "safety", maxLength: 1000 },
      ],
    },
    {
      key: "hp_part",
      title: "Hurt partner",
      for: "hp",
      fields: [{ key: "hp_trust", type: "scale_0_10", label: "Trust", visibility: "shared", pairKey: "trust", pairedReveal: true }],
    },
    {
      key: "ip_part",
      title: "Involved partner",
      for: "ip",
      fields: [{ key: "ip_trust", type: "scale_0_10", label: "Trust sensed", visibility: "shared", pairKey: "trust", pairedReveal: true }],
    },
  ],
  scoring: {
    scores: [
      {
        key: "total",
        label: "Total",
        method: "sum",
        items: [{ field: "scale" }, { field: "likert5", reverse: true }, { field: "select" }],
        range: { min: 1, max: 17 },
        referenceLines: [{ value: 8, label: "Review" }],
        bands: [
          { from: 1, to: 8, label: "Low" },
          { from: 8, to: 17, label: "Higher" },
        ],
      },
    ],
  },
} satisfies TTemplateDefinitionInput;
