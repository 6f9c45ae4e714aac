import { defineBuiltin } from "../builtin";

export const wallsAndWindowsMap = defineBuiltin({
  slug: "walls-and-windows-map",
  catalogueId: "E17",
  contentVersion: 1,
  definition: {
    title: "Walls and windows map",
    summary: "Each of you maps your important relationships outside the couple: what you share with each person, and where you want the boundaries to be.",
    instructions: [
      "This takes about 20 minutes. You'll look at it again in a month or so.",
      "Think of a window as the openness that lets someone see into your inner life, and a wall as what you keep back. In a close couple, the window is mostly between the two of you, and there's a healthy wall between you and everyone else.",
      "List the people outside your relationship who matter in your daily life: colleagues, friends, online contacts, former partners. For each one, think about what you share and whether any of it is hidden.",
      "There are no right answers, and having close friends is a good thing. This is about noticing where the windows are.",
      "Your counselor reads your list first and may share it with your partner in a session. The form shows who will read each answer.",
    ].join("\n\n"),
    phase: "p2",
    audience: "each",
    estimatedMinutes: 20,
    defaultSchedule: { kind: "once", dueInDays: 14 },
    tags: ["boundaries", "friendships", "reflection", "monthly"],
    sections: [
      {
        key: "outside",
        title: "People outside our relationship",
        fields: [
          {
            key: "outside_relationships",
            type: "repeatable_list",
            label: "Important relationships outside our couple",
            helpText: "A first name or a role is enough, for example “a colleague” or “my oldest friend”.",
            itemLabel: "Person",
            itemFields: [
              { key: "who", type: "short_text", label: "Who", required: true, maxLength: 100 },
              {
                key: "kind",
                type: "single_select",
                label: "This person is",
                options: [
                  { value: "colleague", label: "A colleague" },
                  { value: "friend", label: "A friend" },
                  { value: "online_contact", label: "Someone I know online" },
                  { value: "former_partner", label: "A former partner" },
                  { value: "family", label: "Family" },
                  { value: "other", label: "Someone else" },
                ],
              },
              {
                key: "shared",
                type: "checklist",
                label: "What I share with them",
                options: [
                  { value: "daily_life", label: "Daily life, work or hobbies" },
                  { value: "my_feelings", label: "My feelings and worries" },
                  { value: "complaints_about_us", label: "Complaints about my partner or us" },
                  { value: "our_problems", label: "Details of our relationship problems" },
                  { value: "flirting", label: "Flirting or romantic talk" },
                  { value: "sexual_content", label: "Sexual messages or content" },
                ],
              },
              { key: "secrecy", type: "yes_no", label: "Some of this contact is kept from my partner" },
              { key: "comfortable", type: "yes_no", label: "I'd be comfortable if my partner saw all of it" },
              { key: "boundary", type: "short_text", label: "A boundary I'll keep with this person", maxLength: 300 },
            ],
            maxItems: 20,
            visibility: "release_gated",
          },
          {
            key: "open_window",
            type: "long_text",
            label: "Where I notice a window still open to someone else",
            helpText: "Only your counselor sees this. It's a place to be honest with yourself first.",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
      {
        key: "our_window",
        title: "Our window",
        fields: [
          {
            key: "our_window",
            type: "repeatable_list",
            label: "Things I want us to share only with each other",
            helpText: "For example: our worries about the relationship, our plans, our private jokes.",
            itemLabel: "Thing",
            itemFields: [{ key: "thing", type: "short_text", label: "Only between us", required: true, maxLength: 300 }],
            maxItems: 10,
            visibility: "shared",
          },
        ],
      },
      {
        key: "private",
        title: "Just for your counselor",
        intro: "Your partner never sees these questions or your answers, and is not told that you answered them.",
        fields: [
          {
            key: "isolation",
            type: "yes_no",
            label: "I feel I'm not allowed to see friends or family, or I'm afraid of how my partner would react if I did",
            visibility: "safety",
          },
          {
            key: "isolation_note",
            type: "long_text",
            label: "Anything about this you want your counselor to know",
            maxLength: 3000,
            visibility: "safety",
            showWhen: { field: "isolation", equals: true },
          },
        ],
      },
    ],
  },
});
