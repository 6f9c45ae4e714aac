import { createHash } from "node:crypto";
import type { Audience, CouplePhase, PartnerLabel, SecretsPolicy } from "@/db/schema/_shared/enums";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { occurrencesBetween } from "@/db/schema/assignments/occurrences";
import { variantFor } from "@/db/schema/assignments/rules";
import { ZSchedule, type TSchedule } from "@/db/schema/assignments/schedule";
import type { Variant } from "@/db/schema/exercises/definition";
import { assigneesFor, MATERIALIZE_DAYS_AHEAD } from "@/server/services/assignments/materialize-tasks";
import { instantIn } from "@/server/services/sessions/session-ref";
import type { LibraryVersion } from "./library";
import type { SeedOptions } from "./options";
import { benchId, Random } from "./random";
import { AGENDA_ITEMS, FIRST_NAMES, LAST_NAMES, PRACTICE_NAMES, PRACTICE_TIME_ZONES, SESSION_NOTE_SENTENCES, TIME_ZONES } from "./words";

/**
 * The whole benchmark world at the level of people, sessions and assignments, decided in
 * JS from the seed with the app's own calendar functions (todayIn, occurrencesBetween,
 * assigneesFor, variantFor, instantIn). It is small (tens of thousands of objects); the
 * per-day rows (tasks, answers, audit) are expanded from it in SQL.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const BENCH_EMAIL_DOMAIN = "bench.trellis.test";
export const BENCH_PASSWORD = "trellis-bench-2026";
export const DAILY_CHECK_IN = "daily-trust-check-in";

export interface PracticePlan {
  id: string;
  ordinal: number;
  name: string;
  slug: string;
  timeZone: string;
  createdAt: Date;
}

export interface StaffPlan {
  id: string;
  ordinal: number;
  role: "admin" | "counselor";
  practiceId: string;
  email: string;
  displayName: string;
  createdAt: Date;
  /** Who invited them: the practice's admin (null for the admin, who set up the practice). */
  invitedById: string | null;
}

export interface PartnerPlan {
  id: string;
  ordinal: number;
  slot: 1 | 2;
  label: PartnerLabel;
  email: string;
  displayName: string;
  invitedAt: Date;
  acceptedAt: Date;
  /** Share of their homework they finish; the SQL expansion draws each task against it. */
  engagement: number;
  /** Where their check-in scores start (0–10) and how far they move over the whole period. */
  base: number;
  slope: number;
}

export interface SessionPlan {
  id: string;
  date: string;
  scheduledAt: Date;
  status: "scheduled" | "held" | "cancelled";
  version: number;
  agenda: { items: { text: string; done: boolean }[] } | null;
  createdAt: Date;
  updatedAt: Date;
  note: { id: string; body: string; version: number; createdAt: Date; updatedAt: Date } | null;
}

export interface AssigneePlan {
  /** Null for a joint ("together") task, which both partners answer. */
  assigneeId: string | null;
  authorId: string;
  side: Variant;
}

export interface AssignmentPlan {
  id: string;
  slug: string;
  templateId: string;
  templateVersionId: string;
  audience: Audience;
  schedule: TSchedule;
  startsOn: string;
  endsOn: string | null;
  status: "active" | "ended";
  endedAt: Date | null;
  noteToCouple: string | null;
  createdAt: Date;
  tasksThrough: string;
  dates: string[];
  assignees: AssigneePlan[];
  /** Multiplies a partner's engagement for this exercise: long letters get done less often. */
  effort: number;
  /** Share of submissions that raise a safety flag. */
  rareRate: number;
}

export interface CouplePlan {
  id: string;
  ordinal: number;
  practiceId: string;
  counselorId: string;
  displayName: string;
  timeZone: string;
  today: string;
  startOn: string;
  createdAt: Date;
  phase: CouplePhase;
  secretsPolicy: SecretsPolicy;
  partners: [PartnerPlan, PartnerPlan];
  sessions: SessionPlan[];
  assignments: AssignmentPlan[];
}

export interface SeedPlan {
  now: Date;
  practices: PracticePlan[];
  staff: StaffPlan[];
  couples: CouplePlan[];
  /** The earliest day of any couple's history. */
  anchor: string;
  totpSecret: string;
}

interface Homework {
  slug: string;
  phase: 0 | 1 | 2 | 3;
  probability: number;
  /** Weekly exercises that stop after this many times; absent means open-ended. */
  count?: number;
  /** One exercise of a group is chosen. */
  group?: string;
}

/**
 * A plausible course of homework: screening and hopes first, then measures, letters and
 * agreements, then weekly practice, then consolidation. A couple gets the phases it has
 * reached, spread over its history; on average about ten assignments besides the check-in.
 */
const HOMEWORK: Homework[] = [
  { slug: "private-safety-check-in", phase: 0, probability: 0.85 },
  { slug: "hopes-and-commitment", phase: 0, probability: 0.8 },
  { slug: "trust-pulse", phase: 1, probability: 0.9 },
  { slug: "felt-heard-pulse", phase: 1, probability: 0.35 },
  { slug: "impact-letter", phase: 1, probability: 0.7 },
  { slug: "accountability-and-apology", phase: 1, probability: 0.7 },
  { slug: "trigger-plan", phase: 1, probability: 1, group: "p1-plan" },
  { slug: "time-out-and-self-care-plan", phase: 1, probability: 1, group: "p1-plan" },
  { slug: "third-party-contact-boundary", phase: 1, probability: 1, group: "p1-plan" },
  { slug: "transparency-agreement", phase: 1, probability: 1, group: "p1-plan" },
  { slug: "disclosure-timeline", phase: 1, probability: 1, group: "p1-plan" },
  { slug: "promise-ledger", phase: 1, probability: 0.5, count: 6 },
  { slug: "questions-and-answers-log", phase: 1, probability: 0.3, count: 4 },
  { slug: "repair-after-a-misstep", phase: 1, probability: 0.3 },
  { slug: "weekly-relationship-meeting", phase: 2, probability: 0.6, count: 8 },
  { slug: "appreciation-log", phase: 2, probability: 0.5, count: 12 },
  { slug: "caring-behaviours-exchange", phase: 2, probability: 0.4, count: 6 },
  { slug: "listening-practice", phase: 2, probability: 0.3, count: 8 },
  { slug: "moment-that-hurt-most", phase: 2, probability: 1, group: "p2-reflection" },
  { slug: "understanding-the-context", phase: 2, probability: 1, group: "p2-reflection" },
  { slug: "walls-and-windows-map", phase: 2, probability: 1, group: "p2-reflection" },
  { slug: "living-agreement-review", phase: 2, probability: 0.3 },
  { slug: "forgiveness-reflection", phase: 3, probability: 0.6 },
  { slug: "shared-rituals-planner", phase: 3, probability: 0.5, count: 6 },
  { slug: "setback-plan", phase: 3, probability: 0.5 },
  { slug: "intimacy-pacing", phase: 3, probability: 0.3 },
];

/** Where each phase sits in a couple's history, by the furthest phase it reached. */
const PHASE_SPANS: Record<1 | 2 | 3, [number, number][]> = {
  1: [[0, 0.08], [0.08, 1]],
  2: [[0, 0.06], [0.06, 0.5], [0.5, 1]],
  3: [[0, 0.05], [0.05, 0.35], [0.35, 0.7], [0.7, 1]],
};

const LONG_EXERCISES = new Set(["impact-letter", "accountability-and-apology", "disclosure-timeline", "understanding-the-context", "moment-that-hurt-most"]);

function effortOf(slug: string): number {
  if (slug === DAILY_CHECK_IN || slug === "private-safety-check-in") return 1;
  if (slug.endsWith("-pulse")) return 0.98;
  return LONG_EXERCISES.has(slug) ? 0.88 : 0.93;
}

/** Screening finds something now and then; a daily check-in rarely does. */
function rareRateOf(slug: string): number {
  if (slug === "private-safety-check-in") return 0.08;
  if (slug === DAILY_CHECK_IN) return 0.004;
  return 0;
}

const NOTES_TO_COUPLE = [
  "Try to do this at a quiet moment, on your own.",
  "Bring your answers to our next session.",
  "No need to be perfect; a few honest lines are enough.",
  "Do this after the kids are in bed if you can.",
];

/** A base32 authenticator secret shared by all benchmark staff, derived from the seed. */
function totpSecretFor(seed: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const bytes = createHash("sha256").update(`${seed}:totp`).digest();
  return Array.from({ length: 32 }, (_, index) => alphabet[bytes[index]! % 32]).join("");
}

const nameOf = (rng: Random) => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

function planSessions(seed: number, rng: Random, couple: { ordinal: number; startOn: string; today: string; timeZone: string }, now: Date): SessionPlan[] {
  const time = `${String(rng.int(9, 18)).padStart(2, "0")}:${rng.pick(["00", "30"])}`;
  // The intake opens the history; the weekly slot that follows falls on the couple's own
  // weekday, so a caseload's sessions (and "since last session" windows) are spread out.
  const firstWeekly = rng.int(4, 10);
  const sessions: SessionPlan[] = [];
  for (let week = 0; ; week += 1) {
    const date = week === 0 ? couple.startOn : addDays(couple.startOn, firstWeekly + 7 * (week - 1));
    const scheduledAt = instantIn(date, time, couple.timeZone);
    const id = benchId(seed, "session", `${couple.ordinal}:${week}`);
    // Each session is booked at the end of the one before.
    // The intake is recorded just after the couple is added (two hours before it).
    const createdAt = new Date(week === 0 ? scheduledAt.getTime() - 115 * MINUTE : sessions[week - 1]!.scheduledAt.getTime() + 55 * MINUTE);
    if (scheduledAt.getTime() > now.getTime()) {
      // The next one is booked and not yet held: the prep view's "upcoming session".
      const prepared = rng.chance(0.2);
      sessions.push({
        id,
        date,
        scheduledAt,
        status: "scheduled",
        version: 1,
        agenda: null,
        createdAt,
        updatedAt: createdAt,
        note: prepared ? { id: benchId(seed, "note", `${couple.ordinal}:${week}`), body: rng.pick(SESSION_NOTE_SENTENCES), version: 1, createdAt: now, updatedAt: now } : null,
      });
      return sessions;
    }
    const cancelled = week > 0 && rng.chance(0.06);
    const withAgenda = !cancelled && rng.chance(0.4);
    const agenda = withAgenda ? { items: rng.sample(AGENDA_ITEMS, rng.int(2, 4)).map((text) => ({ text, done: rng.chance(0.8) })) } : null;
    const closedAt = new Date(scheduledAt.getTime() + 55 * MINUTE);
    const withNote = !cancelled && rng.chance(0.7);
    const noteVersion = rng.int(1, 3);
    sessions.push({
      id,
      date,
      scheduledAt,
      status: cancelled ? "cancelled" : "held",
      version: 2 + (withAgenda ? 1 : 0),
      agenda,
      createdAt,
      updatedAt: closedAt,
      note: withNote
        ? {
            id: benchId(seed, "note", `${couple.ordinal}:${week}`),
            body: rng.sample(SESSION_NOTE_SENTENCES, rng.int(2, 4)).join(" "),
            version: noteVersion,
            createdAt: new Date(scheduledAt.getTime() + 20 * MINUTE),
            updatedAt: new Date(scheduledAt.getTime() + (20 + 15 * noteVersion) * MINUTE),
          }
        : null,
    });
  }
}

function planAssignments(
  seed: number,
  rng: Random,
  couple: Omit<CouplePlan, "assignments">,
  library: Map<string, LibraryVersion>,
  days: number,
): AssignmentPlan[] {
  const reached = Number(couple.phase.slice(1)) as 1 | 2 | 3;
  const spans = PHASE_SPANS[reached];
  const held = couple.sessions.filter((session) => session.status === "held");
  const members = couple.partners.map((partner) => ({ userId: partner.id, label: partner.label }));
  const horizon = addDays(couple.today, MATERIALIZE_DAYS_AHEAD);

  const chosen: { slug: string; day: number; count?: number }[] = [{ slug: DAILY_CHECK_IN, day: 0 }];
  const groups = new Map<string, Homework[]>();
  for (const homework of HOMEWORK) {
    if (homework.phase > reached) continue;
    if (homework.group) {
      groups.set(homework.group, [...(groups.get(homework.group) ?? []), homework]);
      continue;
    }
    if (rng.chance(homework.probability)) chosen.push({ slug: homework.slug, day: 0, ...(homework.count ? { count: homework.count } : {}) });
  }
  for (const options of groups.values()) {
    const homework = rng.pick(options);
    chosen.push({ slug: homework.slug, day: 0, ...(homework.count ? { count: homework.count } : {}) });
  }
  for (const entry of chosen) {
    if (entry.slug === DAILY_CHECK_IN) continue;
    const phase = HOMEWORK.find((homework) => homework.slug === entry.slug)!.phase;
    const [from, to] = spans[phase]!;
    entry.day = phase === 0 ? 0 : Math.round(days * (from + rng.next() * (to - from) * 0.6));
  }

  return chosen.map((entry, index): AssignmentPlan => {
    const version = library.get(entry.slug);
    if (!version) throw new Error(`built-in exercise ${entry.slug} is missing from the library`);
    const { definition } = version;
    // Homework is given in session: the latest held session on or before the planned day.
    const target = addDays(couple.startOn, entry.day);
    const session = [...held].reverse().find((candidate) => candidate.date <= target) ?? held[0]!;
    const createdAt = new Date(session.scheduledAt.getTime() + (40 + index) * MINUTE);
    const startsOn = session.date;
    const suggested = definition.defaultSchedule;
    const schedule: TSchedule = ZSchedule.parse(
      suggested.kind === "once"
        ? { kind: "once", dueOn: addDays(startsOn, suggested.dueInDays) }
        : suggested.kind === "daily"
          ? { kind: "daily" }
          : { kind: "weekly", weekdays: suggested.weekdays, everyWeeks: suggested.everyWeeks, ...(entry.count ? { count: entry.count } : {}) },
    );
    const tasksThrough = schedule.kind === "once" && schedule.dueOn > horizon ? schedule.dueOn : horizon;
    let dates = occurrencesBetween(schedule, startsOn, { from: startsOn, to: tasksThrough });
    let status: AssignmentPlan["status"] = "active";
    let endsOn: string | null = null;
    let endedAt: Date | null = null;
    let through = tasksThrough;
    // Some finished weekly series are ended by the counselor at the next session.
    const last = dates.at(-1);
    if (entry.count && last && last < couple.today && rng.chance(0.3)) {
      const closing = held.find((candidate) => candidate.date > last);
      if (closing) {
        status = "ended";
        endsOn = closing.date;
        endedAt = new Date(closing.scheduledAt.getTime() + 45 * MINUTE);
        dates = dates.filter((date) => date <= closing.date);
        through = addDays(closing.date, MATERIALIZE_DAYS_AHEAD) < horizon ? addDays(closing.date, MATERIALIZE_DAYS_AHEAD) : horizon;
      }
    }
    const audience = definition.audience;
    const assignees = assigneesFor(audience, members).flatMap((assigneeId): AssigneePlan[] =>
      (assigneeId === null ? couple.partners : couple.partners.filter((partner) => partner.id === assigneeId)).map((partner) => ({
        assigneeId,
        authorId: partner.id,
        side: variantFor(audience, partner.label),
      })),
    );
    return {
      id: benchId(seed, "assignment", `${couple.ordinal}:${index}`),
      slug: entry.slug,
      templateId: version.templateId,
      templateVersionId: version.versionId,
      audience,
      schedule,
      startsOn,
      endsOn,
      status,
      endedAt,
      noteToCouple: rng.chance(0.3) ? rng.pick(NOTES_TO_COUPLE) : null,
      createdAt,
      tasksThrough: through,
      dates,
      assignees,
      effort: effortOf(entry.slug),
      rareRate: rareRateOf(entry.slug),
    };
  });
}

function planPartner(seed: number, rng: Random, ordinal: number, slot: 1 | 2, label: PartnerLabel, lastName: string, coupleEngagement: number, intake: Date): PartnerPlan {
  const invitedAt = new Date(intake.getTime() - 90 * MINUTE);
  // Most partners recover over the months, some plateau, a few get worse: the prep view's
  // "deteriorating" and "not improving" badges then mark a minority of series, as they should.
  const trajectory = rng.weighted<[number, number]>([
    [[1.5, 4], 0.6],
    [[-0.5, 0.5], 0.2],
    [[-3, -1], 0.2],
  ]);
  return {
    id: benchId(seed, "user", `partner-${ordinal}`),
    ordinal,
    slot,
    label,
    email: `partner-${ordinal}@${BENCH_EMAIL_DOMAIN}`,
    displayName: `${rng.pick(FIRST_NAMES)} ${lastName}`,
    invitedAt,
    acceptedAt: new Date(intake.getTime() - rng.int(30, 60) * MINUTE),
    engagement: Math.min(0.99, Math.max(0.3, coupleEngagement + (rng.next() - 0.5) * 0.1)),
    base: 3.5 + rng.next() * 3.5,
    slope: trajectory[0] + rng.next() * (trajectory[1] - trajectory[0]),
  };
}

export function buildPlan(options: SeedOptions, library: LibraryVersion[]): SeedPlan {
  const { seed, now, days } = options;
  const byslug = new Map(library.map((version) => [version.slug, version]));
  const practiceCount = Math.max(1, Math.ceil(options.counselors / 25));
  const opened = new Date(now.getTime() - (days + 30) * 24 * HOUR);

  const practices: PracticePlan[] = Array.from({ length: practiceCount }, (_, index) => {
    const ordinal = index + 1;
    const base = PRACTICE_NAMES[index % PRACTICE_NAMES.length]!;
    return {
      id: benchId(seed, "practice", ordinal),
      ordinal,
      name: index < PRACTICE_NAMES.length ? base : `${base} ${ordinal}`,
      slug: `bench-practice-${ordinal}`,
      timeZone: PRACTICE_TIME_ZONES[index % PRACTICE_TIME_ZONES.length]!,
      createdAt: opened,
    };
  });
  const staff: StaffPlan[] = practices.map((practice) => ({
    id: benchId(seed, "user", `admin-${practice.ordinal}`),
    ordinal: practice.ordinal,
    role: "admin",
    practiceId: practice.id,
    email: `admin-${practice.ordinal}@${BENCH_EMAIL_DOMAIN}`,
    displayName: nameOf(new Random(seed, "admin", practice.ordinal)),
    createdAt: opened,
    invitedById: null,
  }));
  const counselors: StaffPlan[] = Array.from({ length: options.counselors }, (_, index) => {
    const practice = practices[Math.floor((index * practiceCount) / options.counselors)]!;
    return {
      id: benchId(seed, "user", `counselor-${index + 1}`),
      ordinal: index + 1,
      role: "counselor",
      practiceId: practice.id,
      email: `counselor-${index + 1}@${BENCH_EMAIL_DOMAIN}`,
      displayName: nameOf(new Random(seed, "counselor", index + 1)),
      createdAt: new Date(opened.getTime() + (1 + (index % 5)) * HOUR),
      invitedById: staff[practice.ordinal - 1]!.id,
    };
  });
  staff.push(...counselors);

  const couples: CouplePlan[] = Array.from({ length: options.couples }, (_, index) => {
    const ordinal = index + 1;
    const rng = new Random(seed, "couple", ordinal);
    const counselor = counselors[index % counselors.length]!;
    const practice = practices.find((candidate) => candidate.id === counselor.practiceId)!;
    const timeZone = rng.chance(0.6) ? practice.timeZone : rng.weighted(TIME_ZONES);
    const today = todayIn(timeZone, now);
    const startOn = addDays(today, -days);
    const sessions = planSessions(seed, rng, { ordinal, startOn, today, timeZone }, now);
    const intake = sessions[0]!.scheduledAt;
    const [lastA, lastB] = [rng.pick(LAST_NAMES), rng.pick(LAST_NAMES)];
    const labels: [PartnerLabel, PartnerLabel] = rng.weighted<[PartnerLabel, PartnerLabel]>([
      [["hurt", "involved"], 0.85],
      [["involved", "hurt"], 0.07],
      [["mutual", "mutual"], 0.08],
    ]);
    // Most couples do most of their homework; a few hardly do any.
    const engagement = 0.97 - 0.5 * rng.next() ** 2;
    const partners: [PartnerPlan, PartnerPlan] = [
      planPartner(seed, rng, 2 * ordinal - 1, 1, labels[0], lastA, engagement, intake),
      planPartner(seed, rng, 2 * ordinal, 2, labels[1], lastB, engagement, intake),
    ];
    const couple: Omit<CouplePlan, "assignments"> = {
      id: benchId(seed, "couple", ordinal),
      ordinal,
      practiceId: practice.id,
      counselorId: counselor.id,
      displayName: lastA === lastB ? `The ${lastA}s` : `${lastA} & ${lastB}`,
      timeZone,
      today,
      startOn,
      createdAt: new Date(intake.getTime() - 2 * HOUR),
      phase: rng.weighted<CouplePhase>([
        ["p1", 0.4],
        ["p2", 0.4],
        ["p3", 0.2],
      ]),
      secretsPolicy: rng.chance(0.8) ? "limited_secrets" : "no_secrets",
      partners,
      sessions,
    };
    return { ...couple, assignments: planAssignments(seed, rng, couple, byslug, days) };
  });

  const anchor = couples.reduce((earliest, couple) => (couple.startOn < earliest ? couple.startOn : earliest), couples[0]!.startOn);
  return { now, practices, staff, couples, anchor, totpSecret: totpSecretFor(seed) };
}
