import { defineBuiltin } from "../builtin";

export const feltHeardPulse = defineBuiltin({
  slug: "felt-heard-pulse",
  catalogueId: "M",
  contentVersion: 1,
  definition: {
    title: "Felt-heard pulse",
    summary: "Four quick questions about how heard and understood you felt by your partner this week. Each of you answers alone, once a week.",
    instructions: [
      "This takes about two minutes. Answer on your own, thinking about the past week.",
      "There are no right answers. If you didn't talk much this week, answer for the times you did.",
      "Your answers go to your counselor, who looks at how they change over the weeks. This is a check-in written for Trellis, not a test or a diagnosis.",
    ].join("\n\n"),
    phase: "p1",
    audience: "each",
    estimatedMinutes: 2,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 1 },
    tags: ["measure", "listening", "weekly", "short"],
    sections: [
      {
        key: "felt_heard_week",
        title: "This week",
        fields: [
          {
            key: "heard_listened",
            type: "scale_0_10",
            label: "This week, when I talked about something that mattered to me, my partner listened.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "heard_understood",
            type: "scale_0_10",
            label: "This week, my partner understood how I was feeling.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "heard_taken_seriously",
            type: "scale_0_10",
            label: "This week, my partner took my feelings seriously, even when they saw things differently.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "heard_held_back",
            type: "scale_0_10",
            label: "This week, I held back from saying things because I didn't expect to be heard.",
            anchors: { low: "Never", high: "All the time" },
            required: true,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    scoring: {
      scores: [
        {
          key: "felt_heard",
          label: "Felt heard (average of 4 items)",
          method: "mean",
          items: [
            { field: "heard_listened", reverse: false },
            { field: "heard_understood", reverse: false },
            { field: "heard_taken_seriously", reverse: false },
            { field: "heard_held_back", reverse: true },
          ],
          range: { min: 0, max: 10 },
          higherIsBetter: true,
          referenceLines: [{ value: 5, label: "Scale midpoint (counselor guidance only)" }],
          bands: [
            { from: 0, to: 4, label: "Low (review in session)" },
            { from: 4, to: 7, label: "Middle (counselor guidance only)" },
            { from: 7, to: 10, label: "Higher (counselor guidance only)" },
          ],
        },
        {
          key: "felt_understood",
          label: "Felt understood (subscale, 2 items)",
          method: "mean",
          items: [
            { field: "heard_understood", reverse: false },
            { field: "heard_taken_seriously", reverse: false },
          ],
          range: { min: 0, max: 10 },
          higherIsBetter: true,
          referenceLines: [{ value: 5, label: "Scale midpoint (counselor guidance only)" }],
          bands: [
            { from: 0, to: 4, label: "Low (review in session)" },
            { from: 4, to: 7, label: "Middle (counselor guidance only)" },
            { from: 7, to: 10, label: "Higher (counselor guidance only)" },
          ],
        },
      ],
    },
    source: {
      name: "Trellis felt-heard pulse",
      standardized: false,
      licenceNote: "Written for Trellis. Not a validated instrument; use it to follow change over time, not to diagnose.",
    },
  },
});
