import { defineBuiltin } from "../builtin";

export const hopesAndCommitment = defineBuiltin({
  slug: "hopes-and-commitment",
  catalogueId: "E02",
  contentVersion: 2,
  definition: {
    title: "Hopes, commitment and doubts",
    summary: "An honest look at where you stand right now: how committed you feel, what you hope for, and what worries you.",
    instructions: [
      "This takes about ten minutes. Answer on your own, at a quiet moment.",
      "After a betrayal it is normal to feel pulled in more than one direction. Wanting to stay, wanting to leave and not knowing can all be true on the same day. There are no right answers.",
      "Most of what you write here stays between you and your counselor. It helps them understand where each of you is, so the work can fit you both. Your hopes may be shared with your partner later, once your counselor has talked with you about it.",
      "Your counselor may ask you to do this again every month or so. Your answers can change, and that is useful to see.",
    ].join("\n\n"),
    phase: "p0",
    audience: "each",
    estimatedMinutes: 10,
    defaultSchedule: { kind: "once", dueInDays: 7 },
    tags: ["intake", "commitment", "hopes", "reflection"],
    sections: [
      {
        key: "where_i_stand",
        title: "Where I stand right now",
        fields: [
          {
            key: "commitment_now",
            type: "scale_0_10",
            label: "How committed I feel right now to working on our relationship",
            helpText: "Answer for today, not for how you think you should feel. This often goes up and down.",
            anchors: { low: "Not committed at all", high: "Fully committed" },
            required: true,
            visibility: "counselor_only",
          },
          {
            key: "current_leaning",
            type: "single_select",
            label: "Which way I'm leaning right now",
            helpText: "Many people are unsure at this stage. Being undecided is common, and your counselor can help you work it out.",
            options: [
              { value: "stay_and_repair", label: "Staying and working to repair things" },
              { value: "undecided", label: "Undecided" },
              { value: "leaning_toward_separating", label: "Leaning toward separating" },
            ],
            required: true,
            visibility: "counselor_only",
          },
        ],
      },
      {
        key: "hopes",
        title: "What I hope for",
        fields: [
          {
            key: "hopes_in_three_months",
            type: "repeatable_list",
            label: "What I hope will be different three months from now",
            helpText: "Small and concrete hopes work best, for example “we can talk about our day without it turning into a fight”.",
            itemLabel: "Hope",
            itemFields: [
              { key: "hope", type: "short_text", label: "I hope that…", maxLength: 300, required: true },
              {
                key: "first_sign",
                type: "short_text",
                label: "A first small sign it's starting to happen",
                helpText: "Something you could notice in an ordinary week.",
                maxLength: 300,
              },
            ],
            maxItems: 10,
            visibility: "release_gated",
          },
        ],
      },
      {
        key: "doubts",
        title: "What worries me",
        intro: "Only your counselor reads this part.",
        fields: [
          {
            key: "signs_not_working",
            type: "repeatable_list",
            label: "What would tell me this isn't working",
            helpText: "Naming these early helps your counselor notice them with you. It doesn't mean you expect them to happen.",
            itemLabel: "Sign",
            itemFields: [{ key: "sign_not_working", type: "short_text", label: "It isn't working if…", maxLength: 300, required: true }],
            maxItems: 10,
            visibility: "counselor_only",
          },
          {
            key: "what_i_fear",
            type: "long_text",
            label: "What I'm afraid of",
            helpText: "For example, fears about the future, about being let down again, about the children, or about what other people will think.",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    discrepancies: [
      { key: "commitment_gap", kind: "gap", label: "Commitment gap: how committed each partner feels right now", hp: "commitment_now", ip: "commitment_now", atLeast: 4 },
      { key: "leaning_differs", kind: "mismatch", label: "The partners are leaning in different directions", hp: "current_leaning", ip: "current_leaning" },
    ],
  },
});
