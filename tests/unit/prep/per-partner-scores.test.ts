import { describe, expect, it } from "vitest";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { pathIssues } from "@/db/schema/exercises/issues";
import { computeScores } from "@/db/schema/exercises/scoring";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { rulesFixture, withRules } from "./fixture";

const trustScore = { key: "trust", label: "Trust", method: "mean" as const, items: [{ field: "hp_trust" }, { field: "ip_trust" }], range: { min: 0, max: 10 } };

function scoringIssues(scores: unknown[]) {
  const result = ZTemplateDefinition.safeParse({ ...structuredClone(rulesFixture), scoring: { scores } });
  return result.success ? [] : pathIssues(result.error);
}

describe("per-partner scores", () => {
  it("accepts a score matched one for one between the partners, with its range per partner", () => {
    expect(scoringIssues([trustScore])).toEqual([]);
    expect(scoringIssues([{ ...trustScore, method: "sum", items: [...trustScore.items, { field: "commitment" }], range: { min: 0, max: 20 } }])).toEqual([]);
  });

  it("refuses sides of different sizes or ranges, and a mix of one partner with everyone", () => {
    expect(scoringIssues([{ ...trustScore, items: [{ field: "hp_trust" }, { field: "ip_agree" }], range: undefined }])).toContainEqual({
      path: "scoring.scores[0].items",
      message: expect.stringContaining("same number of items for each, with the same ranges") as string,
    });
    expect(scoringIssues([{ ...trustScore, items: [{ field: "hp_trust" }, { field: "hp_agree" }, { field: "ip_trust" }], range: undefined }])).toContainEqual({
      path: "scoring.scores[0].items",
      message: expect.stringContaining("same number of items") as string,
    });
    expect(scoringIssues([{ ...trustScore, items: [{ field: "hp_trust" }, { field: "commitment" }] }])).toContainEqual({
      path: "scoring.scores[0].items",
      message: expect.stringContaining("same partner") as string,
    });
    expect(scoringIssues([{ ...trustScore, range: { min: 0, max: 20 } }])).toContainEqual({
      path: "scoring.scores[0].range",
      message: "These items produce scores from 0 to 10, not 0 to 20",
    });
  });

  it("scores each partner over their own items and the shared ones", () => {
    const definition = withRules({
      scoring: { scores: [trustScore, { key: "total", label: "Total", method: "sum", items: [{ field: "hp_trust" }, { field: "ip_trust" }, { field: "commitment" }] }] },
    });
    const answers = { hp_trust: 3, ip_trust: 8, commitment: 5 };
    expect(computeScores(definition, answers, "hp")).toEqual([
      { key: "trust", label: "Trust", value: 3, answered: 1, items: 1, range: { min: 0, max: 10 } },
      { key: "total", label: "Total", value: 8, answered: 2, items: 2, range: { min: 0, max: 20 } },
    ]);
    expect(computeScores(definition, answers, "ip").map((score) => score.value)).toEqual([8, 13]);
    expect(computeScores(definition, { ip_trust: 8 }, "ip")[1]).toMatchObject({ value: null, answered: 1, items: 2 });
  });

  it("keeps single-partner scores as they were, with or without a variant, and asks for the variant of a split score", () => {
    const definition = withRules({ scoring: { scores: [{ key: "hp_only", label: "HP", method: "sum", items: [{ field: "hp_trust" }, { field: "hp_agree" }] }] } });
    expect(computeScores(definition, { hp_trust: 4, hp_agree: 2 })).toEqual(computeScores(definition, { hp_trust: 4, hp_agree: 2 }, "hp"));
    expect(computeScores(definition, {}, "ip")[0]).toMatchObject({ value: null, items: 2 });
    expect(() => computeScores(withRules({ scoring: { scores: [trustScore] } }), { hp_trust: 1 })).toThrow(/per partner/);
  });

  it("scores the daily check-in's mood and trust for each partner", () => {
    const checkIn = parsedBuiltinLibrary().find((template) => template.catalogueId === "E11")!.definition;
    expect(computeScores(checkIn, { hp_mood: 4, hp_trust: 6 }, "hp").map(({ key, value }) => [key, value])).toEqual([
      ["mood", 4],
      ["trust_today", 6],
    ]);
    expect(computeScores(checkIn, { ip_mood: 7, ip_trust_sense: 2 }, "ip").map(({ key, value, range }) => [key, value, range])).toEqual([
      ["mood", 7, { min: 0, max: 10 }],
      ["trust_today", 2, { min: 0, max: 10 }],
    ]);
    expect(checkIn.scoring?.scores.every((score) => score.higherIsBetter)).toBe(true);
  });
});
