import { defineBuiltin } from "../builtin";

export const intimacyPacing = defineBuiltin({
  slug: "intimacy-pacing",
  catalogueId: "E23",
  contentVersion: 3,
  definition: {
    title: "Intimacy pacing agreement",
    summary:
      "Each of you reflects privately on how ready you feel for physical closeness, and what helps you feel safe. Your counselor then helps you agree a next step at a pace that suits you both.",
    instructions: [
      "This is about physical closeness, and going at a pace that feels safe for both of you. It takes about 15 minutes. Do it on your own, somewhere private.",
      "There are no right answers and no normal pace. Wanting closeness, wanting none, or changing your mind from one day to the next are all common after a betrayal.",
      "Either of you can say \"not yet\" at any time, without explaining and without any penalty. A \"not yet\" is information, not a rejection.",
      "What you say about your own readiness stays between you and your counselor. Your counselor can help you talk through a next step together in a session. Each question shows who can read it.",
      "If anything here brings up fear, or a sense of being pressured, please say so in the private questions at the end. You can stop at any time.",
    ].join("\n\n"),
    phase: "p3",
    audience: "each",
    estimatedMinutes: 15,
    defaultSchedule: { kind: "once", dueInDays: 14 },
    needsSafetyClearance: true,
    tags: ["intimacy", "pacing", "consent", "reconnecting"],
    sections: [
      {
        key: "readiness",
        title: "Where I am right now",
        intro: "Only you and your counselor see your answers in this section, unless you later choose to share them.",
        fields: [
          {
            key: "ready_for",
            type: "checklist",
            label: "Right now, I feel ready for…",
            helpText: "Tick only what feels right today. Anything you leave unticked means \"not yet\", and that is completely fine.",
            options: [
              { value: "sitting_close", label: "Sitting close together" },
              { value: "holding_hands", label: "Holding hands" },
              { value: "hugging", label: "Hugging" },
              { value: "kissing", label: "Kissing" },
              { value: "sexual_touch", label: "Sexual touching" },
              { value: "sex", label: "Having sex" },
              { value: "none_yet", label: "None of these yet", exclusive: true },
            ],
            visibility: "counselor_only",
          },
          {
            key: "pace_compared",
            type: "single_select",
            label: "Compared with me, I think my partner would like to go…",
            options: [
              { value: "faster", label: "Faster" },
              { value: "about_the_same", label: "At about the same pace" },
              { value: "slower", label: "Slower" },
              { value: "not_sure", label: "I'm not sure" },
            ],
            visibility: "counselor_only",
          },
          {
            key: "painful_memories",
            type: "yes_no",
            label: "Being physically close sometimes brings back painful images or memories for me",
            helpText: "This is common after a betrayal, and your counselor can help with it.",
            visibility: "counselor_only",
          },
          {
            key: "what_helps_me_feel_safe",
            type: "long_text",
            label: "What helps me feel safe and comfortable being close",
            helpText:
              "For example: talking first, being able to stop without questions, a particular time or place, reassurance afterwards. Your counselor reads this first and can share it with your partner when you talk it through together.",
            maxLength: 3000,
            visibility: "release_gated",
          },
        ],
      },
      {
        key: "health",
        title: "Health",
        fields: [
          {
            key: "sexual_health_testing",
            type: "single_select",
            label: "Sexual health testing (for example, for sexually transmitted infections)",
            helpText:
              "If the betrayal involved sex with someone else, testing protects you both. If you're not sure whether this applies, your counselor can help you think it through.",
            options: [
              { value: "tested_and_shared", label: "I've been tested and shared the results with my partner" },
              { value: "tested_not_shared", label: "I've been tested but haven't shared the results yet" },
              { value: "not_yet", label: "I haven't been tested yet" },
              { value: "not_applicable", label: "This doesn't apply to our situation" },
              { value: "discuss_with_counselor", label: "I'd rather talk about this with my counselor" },
            ],
            visibility: "counselor_only",
          },
        ],
      },
      {
        key: "next_step_section",
        title: "Saying \"not yet\" and the next step",
        intro:
          "Your acknowledgement is shared with your partner. Your next step and check-in date go to your counselor first; they can share them with your partner, usually when you talk it through together in a session.",
        fields: [
          {
            key: "not_yet_ack",
            type: "acknowledgement",
            label: "Saying \"not yet\"",
            statement:
              "Either of us can say \"not yet\" at any time, about anything, without having to explain and without any penalty. Respecting a \"not yet\" is part of rebuilding trust.",
            required: true,
            visibility: "shared",
          },
          {
            key: "next_step",
            type: "short_text",
            label: "A next small step I'd feel comfortable agreeing to",
            helpText: "Small is good. It's also fine to write \"nothing yet\".",
            maxLength: 300,
            visibility: "release_gated",
          },
          {
            key: "check_in_date",
            type: "date",
            label: "When I'd like us to check in about this again",
            visibility: "release_gated",
          },
        ],
      },
      {
        key: "private",
        title: "Just for your counselor",
        intro: "Your partner never sees these questions or your answers, and is not told that you answered them.",
        fields: [
          {
            key: "felt_pressured",
            type: "yes_no",
            label: "I have felt pressured, pushed or guilted into physical closeness I didn't want",
            visibility: "safety",
          },
          {
            key: "made_to_do_sexual",
            type: "yes_no",
            label: "Someone has made me do something sexual I didn't want to do",
            visibility: "safety",
          },
          {
            key: "afraid_to_say_not_yet",
            type: "yes_no",
            label: "I'd be afraid of what might happen if I said \"not yet\"",
            visibility: "safety",
          },
          {
            key: "safety_note",
            type: "long_text",
            label: "Anything about pressure, fear or safety you want your counselor to know",
            maxLength: 3000,
            visibility: "safety",
          },
        ],
      },
    ],
    discuss: [
      { key: "health_testing", label: "Sexual health testing to discuss with the counselor", field: "sexual_health_testing", when: { equals: "discuss_with_counselor" } },
    ],
  },
});
