import { addDays } from "@/db/schema/_shared/calendar";
import type { Audience, PartnerLabel } from "@/db/schema/_shared/enums";

export interface DemoDay {
  dueOn: string;
  answers?: Record<string, unknown>;
  late?: boolean;
  skip?: "forgot" | "no_time" | "too_upsetting" | "conflict" | "unclear" | "other";
  pinned?: boolean;
}

export interface DemoHomework {
  slug: string;
  audience: Audience;
  /** Days relative to today. */
  startDay: number;
  schedule: "daily" | "weekly" | { dueDay: number };
  note?: string;
  /** What this partner did, day by day; days left out stay open (today) or become missed. */
  days: (label: PartnerLabel, today: string) => DemoDay[];
}

export interface DemoHistory {
  couple: string;
  startedDaysAgo: number;
  heldSessionDays: number[];
  nextSessionDay: number;
  homework: DemoHomework[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** The same five answers for every trust-pulse item give a mean of `level` (the doubt item is reverse-keyed). */
function trustPulse(level: number) {
  return { trust_rely: level, trust_honest: level, trust_doubt: 6 - level, trust_open: level, trust_hopeful: level };
}

// Hartley & Osei: a hard fortnight. Grace's trust falls in the last week while Daniel
// believes it is rising; he reports asking about her day when she did not feel heard;
// one check-in answered the safety question with yes (which raises a flag, as it would for
// real), and she holds a question for session.
const graceTrust = (day: number) => (day < -7 ? 6 + (day % 3 === 0 ? -1 : 0) : Math.max(2, 6 - Math.floor((day + 8) / 2)));
const danielSense = (day: number) => (day < -7 ? 5 : Math.min(9, 5 + Math.floor((day + 8) / 2)));

function hartleyCheckIn(label: PartnerLabel, today: string): DemoDay[] {
  return range(-28, -1).flatMap((day): DemoDay[] => {
    const dueOn = addDays(today, day);
    if (label === "hurt") {
      const talked = day !== -3;
      const answers: Record<string, unknown> = {
        hp_mood: day < -7 ? 6 : 4,
        hp_trust: graceTrust(day),
        hp_triggers: day === -4 ? 12 : 2 + (Math.abs(day) % 3),
        hp_talked: talked,
        felt_unsafe: day === -2,
      };
      if (talked) answers.hp_felt_heard = day === -2 ? 3 : day < -7 ? 7 : 5;
      return [
        {
          dueOn,
          answers,
          late: day === -4,
        },
      ];
    }
    if (day === -5 || day === -6) return [];
    if (day === -9) return [{ dueOn, skip: "no_time" }];
    return [
      {
        dueOn,
        answers: { ip_mood: day < -7 ? 5 : 7, ip_trust_sense: danielSense(day), ip_asked: true, ip_offered: day % 2 === 0, ip_non_defensive: day < -7 ? 6 : 7 },
        pinned: day === -1,
      },
    ];
  });
}

function hartleyPulse(label: PartnerLabel, today: string): DemoDay[] {
  const levels = label === "hurt" ? [4, 4, 3, 3, 2] : [3, 3, 4, 4, 4];
  return levels.map((level, week) => ({ dueOn: addDays(today, -35 + week * 7), answers: trustPulse(level) }));
}

function hartleyQuestions(label: PartnerLabel, today: string): DemoDay[] {
  if (label !== "hurt") return [];
  return [
    {
      dueOn: addDays(today, -3),
      answers: {
        questions: [
          { question: "Have you had any contact with them since we started counseling?", question_category: "current_status_safety", answer_how: "in_writing", asked_before: false },
          { question: "What did you tell yourself to make it feel acceptable at the time?", question_category: "meaning", answer_how: "in_session", asked_before: true },
        ],
      },
    },
  ];
}

// Moreno & Tan: steady work, both rising together.
function morenoCheckIn(label: PartnerLabel, today: string): DemoDay[] {
  return range(-14, -1).map((day) => {
    const dueOn = addDays(today, day);
    const step = Math.floor((day + 14) / 5);
    return label === "hurt"
      ? { dueOn, answers: { hp_mood: 6 + step, hp_trust: 5 + step, hp_triggers: 2, hp_talked: true, hp_felt_heard: 7 + step, felt_unsafe: false } }
      : { dueOn, answers: { ip_mood: 6 + step, ip_trust_sense: 5 + step, ip_asked: true, ip_offered: true, ip_non_defensive: 7 } };
  });
}

function morenoPulse(_label: PartnerLabel, today: string): DemoDay[] {
  return [2, 3, 3, 4].map((level, week) => ({ dueOn: addDays(today, -28 + week * 7), answers: trustPulse(level) }));
}

export const DEMO_HISTORIES: DemoHistory[] = [
  {
    couple: "Hartley & Osei",
    startedDaysAgo: 40,
    heldSessionDays: [-35, -28, -21, -14, -7],
    nextSessionDay: 2,
    homework: [
      { slug: "daily-trust-check-in", audience: "each", startDay: -28, schedule: "daily", days: hartleyCheckIn },
      { slug: "trust-pulse", audience: "each", startDay: -35, schedule: "weekly", days: hartleyPulse },
      { slug: "questions-and-answers-log", audience: "hp", startDay: -10, schedule: { dueDay: -3 }, days: hartleyQuestions },
    ],
  },
  {
    couple: "Moreno & Tan",
    startedDaysAgo: 30,
    heldSessionDays: [-28, -21, -14, -7],
    nextSessionDay: 5,
    homework: [
      { slug: "daily-trust-check-in", audience: "each", startDay: -14, schedule: "daily", days: morenoCheckIn },
      { slug: "trust-pulse", audience: "each", startDay: -28, schedule: "weekly", days: morenoPulse },
    ],
  },
];
