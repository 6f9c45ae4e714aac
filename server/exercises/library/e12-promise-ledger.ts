import { defineBuiltin } from "../builtin";

export const promiseLedger = defineBuiltin({
  slug: "promise-ledger",
  catalogueId: "E12",
  contentVersion: 2,
  definition: {
    title: "Promise ledger",
    summary: "A weekly record of the specific promises made to rebuild trust, whether they were kept, and what the other partner noticed.",
    instructions: [
      "This takes about ten minutes each week.",
      "Trust grows back through small promises, kept again and again. A good promise is specific and easy to see: “I'll text if I'm going to be more than 15 minutes late” works better than “I'll be better”.",
      "If you are the involved partner, list your promises and mark honestly how each one went this week. A promise you didn't keep is worth writing down too. It shows where help is needed.",
      "If you are the hurt partner, say what you noticed this week. You can also add promises of your own if you have made any.",
      "There are no perfect weeks. Your partner sees your ledger, and your counselor looks at how things change over time.",
    ].join("\n\n"),
    phase: "p1",
    audience: "each",
    estimatedMinutes: 10,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 1 },
    tags: ["weekly", "promises", "accountability", "trust"],
    sections: [
      {
        key: "ip_ledger",
        title: "My promises this week",
        for: "ip",
        fields: [
          {
            key: "ip_promises",
            type: "promise_list",
            label: "My promises",
            helpText:
              "Keep last week's promises on the list and update how each went. If a promise no longer fits, mark it “renegotiated” and write the new version as a new line. Leave “Partner noticed” for your partner; they answer that in their own part.",
            required: true,
            maxItems: 20,
            visibility: "shared",
          },
          {
            key: "ip_kept_overall",
            type: "scale_0_10",
            label: "Overall, how well I kept my promises this week",
            helpText: "Your partner sees this after they give their own rating, so neither answer shapes the other.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "shared",
            pairKey: "promises_kept_overall",
            pairedReveal: true,
          },
        ],
      },
      {
        key: "hp_noticed",
        title: "What I noticed this week",
        for: "hp",
        fields: [
          {
            key: "hp_kept_overall",
            type: "scale_0_10",
            label: "Overall, how well I saw my partner keep their promises this week",
            helpText: "Your partner sees this after they give their own rating, so neither answer shapes the other.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "shared",
            pairKey: "promises_kept_overall",
            pairedReveal: true,
          },
          {
            key: "hp_noticed_list",
            type: "repeatable_list",
            label: "Promises I noticed, or didn't",
            helpText: "Pick the promises that stood out this week. It's fine to say you noticed nothing; some promises are hard to see.",
            itemLabel: "Promise",
            itemFields: [
              { key: "promise", type: "short_text", label: "Which promise", required: true, maxLength: 300 },
              {
                key: "noticed",
                type: "single_select",
                label: "I noticed it being kept",
                required: true,
                options: [
                  { value: "yes", label: "Yes" },
                  { value: "no", label: "No" },
                  { value: "not_applicable", label: "Didn't come up this week" },
                ],
              },
              { key: "note", type: "short_text", label: "What I noticed", maxLength: 500 },
            ],
            maxItems: 20,
            visibility: "shared",
          },
          {
            key: "hp_promises",
            type: "promise_list",
            label: "Promises I've made (optional)",
            helpText: "Rebuilding trust is mostly your partner's work, but if you have made promises of your own, you can track them here too.",
            maxItems: 10,
            visibility: "shared",
          },
        ],
      },
      {
        key: "week_note",
        title: "This week",
        fields: [
          {
            key: "week_note",
            type: "short_text",
            label: "One thing about this week's promises, if you like",
            maxLength: 500,
            visibility: "shared",
          },
          {
            key: "private_note",
            type: "long_text",
            label: "Anything I want my counselor to know privately",
            helpText: "Only your counselor sees this.",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    discrepancies: [
      {
        key: "kept_vs_noticed",
        kind: "gap",
        label: "Promises kept (involved partner) vs seen kept (hurt partner)",
        hp: "hp_kept_overall",
        ip: "ip_kept_overall",
        atLeast: 3,
      },
    ],
    discuss: [
      { key: "promise_not_kept", label: "Promise marked not kept or only partly kept", field: "ip_promises", itemField: "status", when: { oneOf: ["not_kept", "partly"] } },
      { key: "not_noticed", label: "Promise the hurt partner didn't see kept", field: "hp_noticed_list", itemField: "noticed", when: { equals: "no" } },
    ],
  },
});
