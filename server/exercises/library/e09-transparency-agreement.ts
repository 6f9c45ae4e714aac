import { defineBuiltin } from "../builtin";

export const transparencyAgreement = defineBuiltin({
  slug: "transparency-agreement",
  catalogueId: "E09",
  contentVersion: 2,
  definition: {
    title: "Transparency agreement",
    summary: "Together you write down the few ways of being open that help rebuild trust for now, with a date to look at each one again.",
    instructions: [
      "This takes about 30 minutes. Do it together, at a calm time. If a conversation gets heated, stop and come back to it another day.",
      "Openness can help trust grow back. Write down a small number of clear agreements, for example telling each other straight away about any contact with the third person, or keeping a shared calendar. Each one should be something that is offered or agreed freely.",
      "These agreements are meant to ease over time. Give each one a review date. Anything to do with phones or location needs an end date, and is best talked through with your counselor first.",
      "Then each of you answers a few questions on your own: how much each agreement helps, or how willing you are to keep it. The form shows who will read each answer; a couple of them are just for your counselor.",
      "If you ever feel pushed into agreeing, or afraid of how your partner would react to a no, please don't sign up to it. Tell your counselor privately instead.",
    ].join("\n\n"),
    phase: "p1",
    audience: "together",
    estimatedMinutes: 30,
    defaultSchedule: { kind: "once", dueInDays: 7 },
    needsSafetyClearance: true,
    tags: ["boundaries", "transparency", "agreement", "trust"],
    sections: [
      {
        key: "our_agreements",
        title: "Our agreements",
        intro: "Write these together. You both see this part.",
        fields: [
          {
            key: "agreements",
            type: "agreement_list",
            label: "What we agree to, for now",
            helpText:
              "One agreement per line, in plain words that say what will happen. “Offered” means the involved partner offered it; “requested” means the hurt partner asked for it. Most agreements are for a set time, so pick a date to look at each one again.",
            required: true,
            maxItems: 15,
            visibility: "shared",
          },
          {
            key: "personal_space",
            type: "acknowledgement",
            label: "Room for each of us",
            statement:
              "We agree that each of us keeps some personal space, such as a private journal, time with friends or individual therapy. Being open with each other does not mean watching each other.",
            required: true,
            visibility: "shared",
          },
          {
            key: "signs_to_ease",
            type: "short_text",
            label: "What would tell us an agreement can be eased",
            helpText: "For example: “a few months of no surprises” or “when we both feel calmer about it”.",
            maxLength: 500,
            visibility: "shared",
          },
        ],
      },
      {
        key: "hp_part",
        title: "How these agreements help me",
        for: "hp",
        fields: [
          {
            key: "hp_agreement_ratings",
            type: "repeatable_list",
            label: "How much each agreement helps me feel safe",
            helpText: "Add the agreements that matter to you. A short name is enough, as long as you both know which one you mean.",
            itemLabel: "Agreement",
            itemFields: [
              { key: "agreement", type: "short_text", label: "Which agreement", required: true, maxLength: 200 },
              {
                key: "helps",
                type: "scale_0_10",
                label: "How much this helps me feel safe",
                anchors: { low: "Doesn't help", high: "Helps a lot" },
                required: true,
              },
            ],
            maxItems: 15,
            visibility: "shared",
          },
          {
            key: "hp_feels_fair",
            type: "scale_0_10",
            label: "These agreements feel fair and workable to me",
            helpText: "Only your counselor sees this rating, so you can be honest.",
            anchors: { low: "Not at all", high: "Completely" },
            visibility: "counselor_only",
            pairKey: "agreements_feel_fair",
          },
          {
            key: "hp_note",
            type: "long_text",
            label: "Anything about these agreements I want my counselor to know",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
      {
        key: "ip_part",
        title: "What I'm willing to do",
        for: "ip",
        fields: [
          {
            key: "ip_agreement_willingness",
            type: "repeatable_list",
            label: "How willing I am to keep each agreement",
            helpText: "Add the agreements in your list. If you're willing with conditions, say what they are, for example “for three months, then we review it”.",
            itemLabel: "Agreement",
            itemFields: [
              { key: "agreement", type: "short_text", label: "Which agreement", required: true, maxLength: 200 },
              {
                key: "willing",
                type: "single_select",
                label: "I am",
                required: true,
                options: [
                  { value: "willing", label: "Willing" },
                  { value: "willing_with_conditions", label: "Willing, with conditions" },
                  { value: "not_willing", label: "Not willing" },
                ],
              },
              { key: "conditions", type: "short_text", label: "My conditions, if any", maxLength: 300 },
            ],
            maxItems: 15,
            visibility: "shared",
          },
          {
            key: "ip_feels_fair",
            type: "scale_0_10",
            label: "These agreements feel fair and workable to me",
            helpText: "Only your counselor sees this rating, so you can be honest.",
            anchors: { low: "Not at all", high: "Completely" },
            visibility: "counselor_only",
            pairKey: "agreements_feel_fair",
          },
          {
            key: "ip_note",
            type: "long_text",
            label: "Anything about these agreements I want my counselor to know",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    discrepancies: [
      { key: "fairness_gap", kind: "gap", label: "How fair and workable the agreements feel to each partner", hp: "hp_feels_fair", ip: "ip_feels_fair", atLeast: 4 },
    ],
    discuss: [
      { key: "not_willing", label: "Agreement the involved partner is not willing to keep", field: "ip_agreement_willingness", itemField: "willing", when: { equals: "not_willing" } },
    ],
  },
});
