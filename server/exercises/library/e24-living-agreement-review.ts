import { defineBuiltin } from "../builtin";

export const livingAgreementReview = defineBuiltin({
  slug: "living-agreement-review",
  catalogueId: "E24",
  contentVersion: 2,
  definition: {
    title: "Living agreement review",
    summary:
      "Once a month, together: go through the agreements you've made, decide which to keep, change, relax or retire, and write down where things now stand.",
    instructions: [
      "Once a month, sit down together and look at the agreements you've made: about contact with the other person, openness and transparency, and boundaries with friends and others. It takes about 25 minutes.",
      "Agreements are meant to change as trust grows. Some will stay as they are, some can be adjusted or relaxed, and some may no longer be needed. Any change should be one you both agree to.",
      "If talking about an agreement gets heated, pause and bring it to your next session instead. That is a good use of a session, not a failure.",
      "What you write together is shared with both of you and your counselor. Each of you also has a few questions of your own; each question shows who can read it.",
    ].join("\n\n"),
    phase: "p2",
    audience: "together",
    estimatedMinutes: 25,
    defaultSchedule: { kind: "weekly", weekdays: [0], everyWeeks: 4 },
    tags: ["agreements", "boundaries", "review", "monthly", "together"],
    sections: [
      {
        key: "review",
        title: "Agreement by agreement",
        intro: "Add one item for each agreement you're looking at today.",
        fields: [
          {
            key: "agreement_reviews",
            type: "repeatable_list",
            label: "What we decided about each agreement",
            itemLabel: "Agreement",
            itemFields: [
              { key: "agreement", type: "short_text", label: "The agreement", maxLength: 500, required: true },
              {
                key: "area",
                type: "single_select",
                label: "What it's about",
                options: [
                  { value: "third_party_contact", label: "Contact with the other person" },
                  { value: "openness", label: "Openness and transparency" },
                  { value: "boundaries_with_others", label: "Boundaries with friends, colleagues and others" },
                  { value: "other", label: "Something else" },
                ],
              },
              {
                key: "decision",
                type: "single_select",
                label: "What we decided",
                options: [
                  { value: "keep", label: "Keep it as it is" },
                  { value: "modify", label: "Change the wording" },
                  { value: "relax", label: "Relax it" },
                  { value: "retire", label: "Retire it: no longer needed" },
                ],
                required: true,
              },
              { key: "new_wording", type: "short_text", label: "New wording, if we changed it", maxLength: 500 },
              {
                key: "reason",
                type: "short_text",
                label: "Why",
                helpText: "What has changed, or why it still matters.",
                maxLength: 500,
              },
            ],
            required: true,
            maxItems: 20,
            visibility: "shared",
          },
        ],
      },
      {
        key: "current",
        title: "Where things stand now",
        fields: [
          {
            key: "current_agreements",
            type: "agreement_list",
            label: "Our agreements from today",
            helpText:
              "One clear, up-to-date list you both can refer to. Keep relaxed and retired agreements on the list: they show how far you've come.",
            maxItems: 30,
            visibility: "shared",
          },
          { key: "next_review", type: "date", label: "When we'll review our agreements next", visibility: "shared" },
        ],
      },
      {
        key: "hp_view",
        title: "My own view",
        for: "hp",
        fields: [
          {
            key: "hp_agree_ack",
            type: "acknowledgement",
            label: "My agreement",
            statement: "I took part in this review, and I agree to our agreements as they now stand.",
            helpText: "Only tick this if it's true. If you don't agree, leave it unticked and tell your counselor below.",
            visibility: "shared",
            pairKey: "agree_to_changes",
          },
          {
            key: "hp_fairness",
            type: "scale_0_10",
            label: "Our agreements feel fair to me",
            helpText: "You'll see your partner's answer once you've both answered.",
            anchors: { low: "Not at all fair", high: "Completely fair" },
            visibility: "shared",
            pairKey: "agreements_fair",
            pairedReveal: true,
          },
          {
            key: "hp_raise_privately",
            type: "long_text",
            label: "Anything about our agreements I'd rather raise with my counselor first",
            helpText: "For example, a change you went along with but aren't comfortable with. Only your counselor sees this.",
            maxLength: 2000,
            visibility: "counselor_only",
          },
        ],
      },
      {
        key: "ip_view",
        title: "My own view",
        for: "ip",
        fields: [
          {
            key: "ip_agree_ack",
            type: "acknowledgement",
            label: "My agreement",
            statement: "I took part in this review, and I agree to our agreements as they now stand.",
            helpText: "Only tick this if it's true. If you don't agree, leave it unticked and tell your counselor below.",
            visibility: "shared",
            pairKey: "agree_to_changes",
          },
          {
            key: "ip_fairness",
            type: "scale_0_10",
            label: "Our agreements feel fair to me",
            helpText: "You'll see your partner's answer once you've both answered.",
            anchors: { low: "Not at all fair", high: "Completely fair" },
            visibility: "shared",
            pairKey: "agreements_fair",
            pairedReveal: true,
          },
          {
            key: "ip_raise_privately",
            type: "long_text",
            label: "Anything about our agreements I'd rather raise with my counselor first",
            helpText: "For example, a change you went along with but aren't comfortable with. Only your counselor sees this.",
            maxLength: 2000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    discrepancies: [
      { key: "fairness_gap", kind: "gap", label: "How fair the agreements feel to each partner", hp: "hp_fairness", ip: "ip_fairness", atLeast: 4 },
    ],
    discuss: [
      { key: "agreement_eased", label: "Agreement being relaxed or retired", field: "agreement_reviews", itemField: "decision", when: { oneOf: ["relax", "retire"] } },
    ],
  },
});
