import { defineBuiltin } from "../builtin";

export const caringBehavioursExchange = defineBuiltin({
  slug: "caring-behaviours-exchange",
  catalogueId: "E21",
  contentVersion: 1,
  definition: {
    title: "Caring-behaviours exchange",
    summary:
      "Each of you keeps a short list of small things the other could do that would help you feel cared for. Each week you choose at least two things from your partner's list and do them.",
    instructions: [
      "This takes about 10 minutes a week. Answer on your own.",
      "Your list is for small, everyday things your partner could do that would help you feel cared for. Good items are specific and positive: something to do, not something to stop. \"Ask how my meeting went\" works better than \"Be more interested in me.\"",
      "Keep them small and low-cost, and leave promises about the affair or about trust out of this list; those have their own place.",
      "Each week, choose at least two things from your partner's list. This is a gift, not a scorecard: choose freely, and notice what your partner does for you.",
      "Your list is shared with your partner so they can choose from it. Each question shows who can read it.",
    ].join("\n\n"),
    phase: "p2",
    audience: "each",
    estimatedMinutes: 10,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 1 },
    tags: ["caring", "connection", "weekly", "positive"],
    sections: [
      {
        key: "my_list",
        title: "My list",
        intro: "Keep this list up to date each week: add, change or remove items as you like.",
        fields: [
          {
            key: "caring_wishes",
            type: "repeatable_list",
            label: "Small things you could do that would help me feel cared for",
            helpText: "Up to ten. Small, specific and positive works best.",
            itemLabel: "Caring thing",
            itemFields: [
              {
                key: "wish",
                type: "short_text",
                label: "Something small you could do",
                placeholder: "e.g. Text me at lunchtime to ask how my day is going",
                maxLength: 300,
                required: true,
              },
              { key: "why", type: "short_text", label: "Why it matters to me", maxLength: 300 },
            ],
            required: true,
            maxItems: 10,
            visibility: "shared",
          },
        ],
      },
      {
        key: "from_partner_list",
        title: "From my partner's list",
        intro: "In your first week, your partner's list may not be ready yet. If so, you can leave this part empty.",
        fields: [
          {
            key: "caring_done_last_week",
            type: "repeatable_list",
            label: "What I chose last week, and whether I did it",
            itemLabel: "Caring thing",
            itemFields: [
              { key: "what", type: "short_text", label: "What I chose", maxLength: 300, required: true },
              {
                key: "done",
                type: "single_select",
                label: "Did I do it?",
                options: [
                  { value: "done", label: "Yes" },
                  { value: "partly", label: "Partly" },
                  { value: "not_this_week", label: "Not this week" },
                ],
              },
            ],
            maxItems: 10,
            visibility: "shared",
          },
          {
            key: "caring_chosen_next_week",
            type: "repeatable_list",
            label: "What I'm choosing for the coming week",
            helpText: "Pick at least two things from your partner's list.",
            itemLabel: "Caring thing",
            itemFields: [{ key: "what", type: "short_text", label: "What I'll do", maxLength: 300, required: true }],
            maxItems: 10,
            visibility: "shared",
          },
        ],
      },
      {
        key: "this_week",
        title: "How this week felt",
        fields: [
          {
            key: "felt_cared_for",
            type: "scale_0_10",
            label: "This week I felt cared for by my partner",
            anchors: { low: "Not at all", high: "Very much" },
            visibility: "shared",
          },
          {
            key: "noticed_care",
            type: "short_text",
            label: "Something my partner did this week that I noticed and liked",
            maxLength: 300,
            visibility: "shared",
          },
        ],
      },
      {
        key: "private",
        title: "Just for your counselor",
        intro: "Only your counselor reads this answer. Your partner doesn't see this question.",
        fields: [
          {
            key: "caring_private_note",
            type: "long_text",
            label: "Anything about this exchange I'd rather tell my counselor first",
            helpText: "For example, if it has started to feel like keeping score, or if something on your partner's list feels hard for you to give.",
            maxLength: 2000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
  },
});
