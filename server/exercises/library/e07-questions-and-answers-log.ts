import { defineBuiltin } from "../builtin";

export const questionsAndAnswersLog = defineBuiltin({
  slug: "questions-and-answers-log",
  catalogueId: "E07",
  contentVersion: 2,
  definition: {
    title: "Questions and answers log",
    summary: "A steady, paced way for the hurt partner to ask what they need to know, and for the involved partner to answer honestly.",
    instructions: [
      "This takes about 20 minutes each time. The hurt partner writes questions; the involved partner answers them. Your counselor sets the pace and may ask for some questions to be answered in a session instead of in writing.",
      "If you are asking: there is no limit on what you may ask, and asking the same thing again is normal. Try to write your questions at a calm time of day rather than late at night.",
      "If you are answering: answer honestly and fully, without defending yourself or rushing to reassure. If you don't know or don't remember, say so. If a question asks for sexual detail, you can answer what it meant and leave the specifics for a session.",
      "Your counselor reads questions and answers first and passes them on, so that hard moments can be held in a session if needed.",
    ].join("\n\n"),
    phase: "p1",
    audience: "each",
    estimatedMinutes: 20,
    defaultSchedule: { kind: "weekly", weekdays: [1], everyWeeks: 1 },
    needsSafetyClearance: true,
    tags: ["questions", "honesty", "disclosure", "repair"],
    sections: [
      {
        key: "hp_questions",
        title: "My questions",
        for: "hp",
        intro:
          "A word before you write. Questions about sexual acts or physical details often leave pictures in your mind that are hard to get rid of, and the answers rarely bring the relief you hope for. Questions about what it meant, what was hidden and whether you are safe now tend to help more. You can still ask anything; your counselor may suggest taking the most graphic questions to a session.",
        fields: [
          {
            key: "questions",
            type: "repeatable_list",
            label: "What I want to ask",
            helpText: "One question per item. Your counselor reads them first and passes them to your partner. If you have no questions this time, that's fine too.",
            itemLabel: "Question",
            itemFields: [
              { key: "question", type: "short_text", label: "My question", maxLength: 500, required: true },
              {
                key: "question_category",
                type: "single_select",
                label: "What it's about",
                options: [
                  { value: "timeline_scope", label: "When, how long and how far it went" },
                  { value: "meaning", label: "What it meant" },
                  { value: "secrecy", label: "Lies and hiding" },
                  { value: "current_status_safety", label: "Where things stand now, including contact and health" },
                ],
              },
              {
                key: "answer_how",
                type: "single_select",
                label: "How I'd like it answered",
                options: [
                  { value: "in_writing", label: "In writing" },
                  { value: "in_session", label: "In a session, with our counselor" },
                ],
                required: true,
              },
              {
                key: "asked_before",
                type: "yes_no",
                label: "I have asked this before",
                helpText: "That's completely normal. Asking again often means an answer hasn't settled yet.",
              },
            ],
            maxItems: 20,
            visibility: "release_gated",
          },
          {
            key: "answers_landed",
            type: "repeatable_list",
            label: "How earlier answers landed",
            helpText: "Only if you have had answers since last time. Your counselor reads this first.",
            itemLabel: "Answer",
            itemFields: [
              { key: "which_answer", type: "short_text", label: "Which question or answer", helpText: "A few words is enough.", maxLength: 300, required: true },
              {
                key: "felt_honest",
                type: "scale_0_10",
                label: "This answer felt honest and complete",
                anchors: { low: "Not at all", high: "Completely" },
                required: true,
              },
              { key: "was_new_to_me", type: "yes_no", label: "This was new information to me" },
            ],
            maxItems: 20,
            visibility: "release_gated",
          },
        ],
      },
      {
        key: "ip_answers",
        title: "My answers",
        for: "ip",
        intro:
          "Answer the questions your counselor has passed on to you. If a question is marked for a session, leave it for then. Honest answers given without defending yourself are what slowly rebuild trust, even when they hurt to give.",
        fields: [
          {
            key: "answers",
            type: "repeatable_list",
            label: "My answers",
            helpText: "Copy or summarise each question, then answer it in your own words. Your counselor reads your answers first.",
            itemLabel: "Answer",
            itemFields: [
              { key: "question_answered", type: "short_text", label: "The question", maxLength: 500, required: true },
              {
                key: "answer",
                type: "long_text",
                label: "My answer",
                helpText: "Plain and complete. If a question asks for sexual detail, answer what it meant and leave the specifics for a session.",
                maxLength: 4000,
                required: true,
              },
              {
                key: "includes_new_information",
                type: "yes_no",
                label: "This answer includes something I haven't told you before",
                helpText: "Saying so openly matters. Your counselor will help you both with it.",
              },
            ],
            maxItems: 20,
            visibility: "release_gated",
          },
          {
            key: "ip_note_for_counselor",
            type: "long_text",
            label: "Anything I want my counselor to know about these questions",
            helpText: "For example, a question you find very hard to answer, or one you think is best answered in a session. Only your counselor sees this.",
            maxLength: 3000,
            visibility: "counselor_only",
          },
        ],
      },
    ],
    discuss: [
      { key: "held_for_session", label: "Question held for the session", field: "questions", itemField: "answer_how", when: { equals: "in_session" } },
      { key: "new_information", label: "Answer that includes something not told before", field: "answers", itemField: "includes_new_information", when: { equals: true } },
      { key: "answer_not_landed", label: "Earlier answer that didn't feel honest or complete (3 or less)", field: "answers_landed", itemField: "felt_honest", when: { atMost: 3 } },
    ],
  },
});
