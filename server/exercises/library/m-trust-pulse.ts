import { defineBuiltin } from "../builtin";

export const trustPulse = defineBuiltin({
  slug: "trust-pulse",
  catalogueId: "M",
  contentVersion: 1,
  definition: {
    title: "Trust pulse",
    summary: "Five quick statements about how much trust you feel right now. Each of you answers alone, once a week, so your counselor can follow how things change.",
    instructions: [
      "This takes about two minutes. Answer on your own, with the first answer that feels true.",
      "There are no right answers. Trust usually rises and falls during recovery, and a hard week is useful to know about.",
      "Your answers go to your counselor, who looks at how they change over the weeks. This is a check-in written for Trellis, not a test or a diagnosis.",
    ].join("\n\n"),
    phase: "p1",
    audience: "each",
    estimatedMinutes: 2,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 1 },
    tags: ["measure", "trust", "weekly", "short"],
    sections: [
      {
        key: "trust_now",
        title: "Trust right now",
        intro: "How much do you agree with each statement today?",
        fields: [
          {
            key: "trust_rely",
            type: "likert_5",
            label: "Right now, I feel I can count on my partner to do what they say they will.",
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "trust_honest",
            type: "likert_5",
            label: "Right now, I believe what my partner tells me.",
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "trust_doubt",
            type: "likert_5",
            label: "Right now, I find myself doubting or double-checking what my partner tells me.",
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "trust_open",
            type: "likert_5",
            label: "Right now, I feel able to tell my partner how I'm really feeling.",
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "trust_hopeful",
            type: "likert_5",
            label: "Right now, I feel hopeful that trust between us is growing.",
            required: true,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    scoring: {
      scores: [
        {
          key: "trust_pulse",
          label: "Trust pulse (average of 5 items)",
          method: "mean",
          items: [
            { field: "trust_rely", reverse: false },
            { field: "trust_honest", reverse: false },
            { field: "trust_doubt", reverse: true },
            { field: "trust_open", reverse: false },
            { field: "trust_hopeful", reverse: false },
          ],
          range: { min: 1, max: 5 },
          higherIsBetter: true,
          referenceLines: [{ value: 3, label: "Scale midpoint (counselor guidance only)" }],
          bands: [
            { from: 1, to: 2.5, label: "Low (review in session)" },
            { from: 2.5, to: 3.5, label: "Mixed (counselor guidance only)" },
            { from: 3.5, to: 5, label: "Steadier (counselor guidance only)" },
          ],
        },
      ],
    },
    source: {
      name: "Trellis trust pulse",
      standardized: false,
      licenceNote: "Written for Trellis. Not a validated instrument; use it to follow change over time, not to diagnose.",
    },
  },
});
