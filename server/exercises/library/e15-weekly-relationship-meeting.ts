import { defineBuiltin } from "../builtin";

export const weeklyRelationshipMeeting = defineBuiltin({
  slug: "weekly-relationship-meeting",
  catalogueId: "E15",
  contentVersion: 2,
  definition: {
    title: "Weekly relationship meeting",
    summary: "A set time each week to share appreciations, notice what went well, check how your agreements are holding and talk through one issue.",
    instructions: [
      "Set aside 45 to 60 minutes at the same calm time each week, somewhere you won't be interrupted. Fill this in as you go.",
      "Start with appreciations: each of you names a few things the other did this week that you valued. Small things count. Then talk about what went well.",
      "Next, go through your current agreements one by one and say how each is holding. Be honest; a strained agreement is useful to know about.",
      "Then pick just one issue to talk about, and try to agree on a next step. Anything you can't settle can go on the list for your counselor.",
      "If the meeting gets heated, take a break and come back to it. Most of what you write here you both see; your rating of how the meeting felt is just for your counselor.",
    ].join("\n\n"),
    phase: "p2",
    audience: "together",
    estimatedMinutes: 50,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 1 },
    tags: ["weekly", "meeting", "boundaries", "appreciation", "together"],
    sections: [
      {
        key: "hp_appreciations",
        title: "My appreciations",
        for: "hp",
        fields: [
          {
            key: "hp_appreciations",
            type: "repeatable_list",
            label: "Things you did this week that I appreciated",
            helpText: "Aim for three to five. Be specific: “you made coffee when I was tired” says more than “you were nice”.",
            itemLabel: "Appreciation",
            itemFields: [{ key: "appreciation", type: "short_text", label: "I appreciated", required: true, maxLength: 300 }],
            required: true,
            minItems: 1,
            maxItems: 5,
            visibility: "shared",
          },
        ],
      },
      {
        key: "ip_appreciations",
        title: "My appreciations",
        for: "ip",
        fields: [
          {
            key: "ip_appreciations",
            type: "repeatable_list",
            label: "Things you did this week that I appreciated",
            helpText: "Aim for three to five. Be specific: “you made coffee when I was tired” says more than “you were nice”.",
            itemLabel: "Appreciation",
            itemFields: [{ key: "appreciation", type: "short_text", label: "I appreciated", required: true, maxLength: 300 }],
            required: true,
            minItems: 1,
            maxItems: 5,
            visibility: "shared",
          },
        ],
      },
      {
        key: "our_week",
        title: "Our week",
        intro: "Fill this part in together. You both see it.",
        fields: [
          {
            key: "went_well",
            type: "repeatable_list",
            label: "What went well this week",
            itemLabel: "Thing that went well",
            itemFields: [{ key: "what", type: "short_text", label: "What went well", required: true, maxLength: 300 }],
            maxItems: 10,
            visibility: "shared",
          },
          {
            key: "boundary_review",
            type: "repeatable_list",
            label: "How our agreements are holding",
            helpText:
              "Go through each agreement that is currently active, such as limits on contact with the third person or your openness agreements. “Strained” means it wobbled; “broken” means it wasn't kept.",
            itemLabel: "Agreement",
            itemFields: [
              { key: "agreement", type: "short_text", label: "Agreement", required: true, maxLength: 200 },
              {
                key: "status",
                type: "single_select",
                label: "This week it was",
                required: true,
                options: [
                  { value: "holding", label: "Holding" },
                  { value: "strained", label: "Strained" },
                  { value: "broken", label: "Broken" },
                ],
              },
              { key: "note", type: "short_text", label: "Note", maxLength: 300 },
            ],
            maxItems: 20,
            visibility: "shared",
          },
          {
            key: "issue",
            type: "short_text",
            label: "The one issue we talked about",
            helpText: "Just one. Other issues can wait for another week or go on the list for your counselor.",
            maxLength: 500,
            visibility: "shared",
          },
          {
            key: "next_step",
            type: "short_text",
            label: "What we agreed, or our next step",
            helpText: "It's fine if the next step is “talk about it with our counselor”.",
            maxLength: 500,
            showWhen: { field: "issue" },
            visibility: "shared",
          },
          {
            key: "for_counselor",
            type: "repeatable_list",
            label: "Things to bring to our counselor",
            itemLabel: "Item",
            itemFields: [{ key: "item", type: "short_text", label: "To talk about", required: true, maxLength: 300 }],
            maxItems: 10,
            visibility: "shared",
          },
        ],
      },
      {
        key: "hp_rating",
        title: "How the meeting felt to me",
        for: "hp",
        fields: [
          {
            key: "hp_meeting_felt",
            type: "scale_0_10",
            label: "This meeting felt safe and useful to me",
            helpText:
              "Only your counselor sees this rating. If you are ever afraid of your partner, please tell your counselor in your own private check-in.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "counselor_only",
            pairKey: "meeting_felt_safe",
          },
        ],
      },
      {
        key: "ip_rating",
        title: "How the meeting felt to me",
        for: "ip",
        fields: [
          {
            key: "ip_meeting_felt",
            type: "scale_0_10",
            label: "This meeting felt safe and useful to me",
            helpText:
              "Only your counselor sees this rating. If you are ever afraid of your partner, please tell your counselor in your own private check-in.",
            anchors: { low: "Not at all", high: "Completely" },
            required: true,
            visibility: "counselor_only",
            pairKey: "meeting_felt_safe",
          },
        ],
      },
    ],
    discrepancies: [
      { key: "meeting_felt_gap", kind: "gap", label: "How safe and useful the meeting felt to each partner", hp: "hp_meeting_felt", ip: "ip_meeting_felt", atLeast: 4 },
    ],
    discuss: [
      { key: "boundary_status", label: "Agreement strained or broken this week", field: "boundary_review", itemField: "status", when: { oneOf: ["strained", "broken"] } },
      { key: "for_counselor", label: "Brought to the counselor from the weekly meeting", field: "for_counselor", itemField: "item", when: { answered: true } },
    ],
  },
});
