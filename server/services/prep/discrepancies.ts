import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { TDiscrepancyRule } from "@/db/schema/exercises/discrepancy-schema";
import type { TTemplateField } from "@/db/schema/exercises/field-types";
import { answerOf, describeValue, fieldsByKey, newestFirst, numberOf, type Side, type SubmittedAnswers } from "./submitted";

export type { SubmittedAnswers } from "./submitted";

export interface DiscrepancyAnswer {
  responseId: string;
  fieldKey: string;
  fieldLabel: string;
  value: unknown;
  dueOn: string;
  submittedAt: string;
}

export interface Discrepancy {
  ruleKey: string;
  kind: string;
  label: string;
  /** One plain sentence with the numbers, e.g. "Answers differ by 5 points: …(rule: 4 or more)". */
  explanation: string;
  /** The occurrence date; null for opposite_trend, which spans the window. */
  dueOn: string | null;
  /** For opposite_trend: the last answers. */
  hp: DiscrepancyAnswer;
  ip: DiscrepancyAnswer;
  /** For opposite_trend: the first answers. */
  hpFrom?: DiscrepancyAnswer;
  ipFrom?: DiscrepancyAnswer;
}

type Fields = Map<string, TTemplateField>;
type Occurrence = Partial<Record<Side, SubmittedAnswers>>;

const PARTNER: Record<Side, string> = { hp: "hurt partner", ip: "involved partner" };

const round = (value: number) => Math.round(value * 100) / 100;
const points = (value: number) => `${round(value)} ${Math.abs(value) === 1 ? "point" : "points"}`;

function answerFrom(fields: Fields, submission: SubmittedAnswers, key: string): DiscrepancyAnswer {
  return {
    responseId: submission.responseId,
    fieldKey: key,
    fieldLabel: fields.get(key)?.label ?? key,
    value: answerOf(submission, key),
    dueOn: submission.dueOn,
    submittedAt: submission.submittedAt,
  };
}

/**
 * Each side's latest submission per occurrence date. A partner who resubmits (or a
 * mutual partner with two tasks) is read once, by their newest answers.
 */
function occurrencesOf(answers: SubmittedAnswers[]): Map<string, Occurrence> {
  const byDate = new Map<string, Occurrence>();
  for (const submission of answers) {
    const occurrence = byDate.get(submission.dueOn) ?? {};
    const current = occurrence[submission.side];
    if (!current || current.submittedAt < submission.submittedAt) occurrence[submission.side] = submission;
    byDate.set(submission.dueOn, occurrence);
  }
  return byDate;
}

type PairRule = Exclude<TDiscrepancyRule, { kind: "opposite_trend" }>;

/** The explanation when one occurrence breaks the rule, or undefined when it doesn't (or can't be told). */
function explainPair(rule: PairRule, fields: Fields, claimSides: Map<string, string>, hp: SubmittedAnswers, ip: SubmittedAnswers): { explanation: string; hpKey: string; ipKey: string } | undefined {
  switch (rule.kind) {
    case "mismatch": {
      const a = answerOf(hp, rule.hp);
      const b = answerOf(ip, rule.ip);
      if (a === undefined || a === null || b === undefined || b === null || a === b) return undefined;
      return {
        explanation: `The hurt partner answered “${describeValue(fields.get(rule.hp), a)}” and the involved partner “${describeValue(fields.get(rule.ip), b)}”.`,
        hpKey: rule.hp,
        ipKey: rule.ip,
      };
    }
    case "gap": {
      const a = numberOf(answerOf(hp, rule.hp));
      const b = numberOf(answerOf(ip, rule.ip));
      if (a === undefined || b === undefined || Math.abs(a - b) < rule.atLeast) return undefined;
      return {
        explanation: `Answers differ by ${points(Math.abs(a - b))}: hurt partner ${round(a)}, involved partner ${round(b)} (rule: ${round(rule.atLeast)} or more).`,
        hpKey: rule.hp,
        ipKey: rule.ip,
      };
    }
    case "claim_vs_experience": {
      // The definition rules put the claim in one partner's section and the experience on the other's form.
      const claimSide = claimSides.get(rule.claim.field);
      if (claimSide !== "hp" && claimSide !== "ip") return undefined;
      const [claimer, experiencer] = claimSide === "hp" ? [hp, ip] : [ip, hp];
      const claimed = answerOf(claimer, rule.claim.field);
      const felt = numberOf(answerOf(experiencer, rule.experience.field));
      if (claimed !== rule.claim.equals || felt === undefined || felt > rule.experience.atMost) return undefined;
      return {
        explanation: `The ${PARTNER[claimSide]} answered “${describeValue(fields.get(rule.claim.field), claimed)}”, while the ${PARTNER[claimSide === "hp" ? "ip" : "hp"]} rated ${round(felt)} (rule: ${round(rule.experience.atMost)} or less).`,
        hpKey: claimSide === "hp" ? rule.claim.field : rule.experience.field,
        ipKey: claimSide === "hp" ? rule.experience.field : rule.claim.field,
      };
    }
  }
}

/** The first and last numeric answer of one side, in occurrence order; undefined with fewer than two. */
function endsOf(answers: SubmittedAnswers[], side: Side, key: string): [SubmittedAnswers, SubmittedAnswers] | undefined {
  const answered = answers.filter((submission) => submission.side === side && numberOf(answerOf(submission, key)) !== undefined).sort(newestFirst);
  const last = answered[0];
  const first = answered.at(-1);
  return last && first && answered.length >= 2 ? [first, last] : undefined;
}

function findTrend(rule: Extract<TDiscrepancyRule, { kind: "opposite_trend" }>, fields: Fields, answers: SubmittedAnswers[]): Discrepancy | undefined {
  const hpEnds = endsOf(answers, "hp", rule.hp);
  const ipEnds = endsOf(answers, "ip", rule.ip);
  if (!hpEnds || !ipEnds) return undefined;
  const value = (submission: SubmittedAnswers, key: string) => numberOf(answerOf(submission, key)) ?? 0;
  const hpMove = value(hpEnds[1], rule.hp) - value(hpEnds[0], rule.hp);
  const ipMove = value(ipEnds[1], rule.ip) - value(ipEnds[0], rule.ip);
  const apart = (hpMove >= rule.atLeast && ipMove <= -rule.atLeast) || (ipMove >= rule.atLeast && hpMove <= -rule.atLeast);
  if (!apart) return undefined;
  const moved = (side: Side, move: number, from: number, to: number) => `the ${PARTNER[side]}'s answer ${move > 0 ? "rose" : "fell"} from ${round(from)} to ${round(to)}`;
  const hpText = moved("hp", hpMove, value(hpEnds[0], rule.hp), value(hpEnds[1], rule.hp));
  const ipText = moved("ip", ipMove, value(ipEnds[0], rule.ip), value(ipEnds[1], rule.ip));
  return {
    ruleKey: rule.key,
    kind: rule.kind,
    label: rule.label,
    explanation: `In this period ${hpText} while ${ipText} (rule: moves of ${round(rule.atLeast)} or more in opposite directions).`,
    dueOn: null,
    hp: answerFrom(fields, hpEnds[1], rule.hp),
    ip: answerFrom(fields, ipEnds[1], rule.ip),
    hpFrom: answerFrom(fields, hpEnds[0], rule.hp),
    ipFrom: answerFrom(fields, ipEnds[0], rule.ip),
  };
}

/** The latest date a discrepancy rests on, for ordering trends among single occurrences. */
const latestDate = (discrepancy: Discrepancy) => discrepancy.dueOn ?? (discrepancy.hp.dueOn > discrepancy.ip.dueOn ? discrepancy.hp.dueOn : discrepancy.ip.dueOn);

/**
 * Where the partners' reports diverge, by the definition's discrepancy rules.
 * `answers`: every submitted response of ONE assignment in the window, both partners.
 * Occurrences pair by dueOn; missing data (an unanswered field, a partner who didn't
 * submit, fewer than two answers each for a trend) never counts as a discrepancy.
 * Newest first.
 */
export function findDiscrepancies(definition: TTemplateDefinition, answers: SubmittedAnswers[]): Discrepancy[] {
  const rules = definition.discrepancies;
  if (rules.length === 0) return [];
  const fields = fieldsByKey(definition);
  const sections = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, section.for] as const)));
  const occurrences = [...occurrencesOf(answers).entries()];
  const found: { discrepancy: Discrepancy; order: number }[] = [];
  rules.forEach((rule, order) => {
    if (rule.kind === "opposite_trend") {
      const trend = findTrend(rule, fields, answers);
      if (trend) found.push({ discrepancy: trend, order });
      return;
    }
    for (const [dueOn, { hp, ip }] of occurrences) {
      if (!hp || !ip) continue;
      const hit = explainPair(rule, fields, sections, hp, ip);
      if (!hit) continue;
      found.push({
        order,
        discrepancy: {
          ruleKey: rule.key,
          kind: rule.kind,
          label: rule.label,
          explanation: hit.explanation,
          dueOn,
          hp: answerFrom(fields, hp, hit.hpKey),
          ip: answerFrom(fields, ip, hit.ipKey),
        },
      });
    }
  });
  // Newest first; on the same date, in the order the definition lists its rules.
  found.sort((a, b) => {
    const [da, db] = [latestDate(a.discrepancy), latestDate(b.discrepancy)];
    return da !== db ? (da < db ? 1 : -1) : a.order - b.order;
  });
  return found.map((item) => item.discrepancy);
}
