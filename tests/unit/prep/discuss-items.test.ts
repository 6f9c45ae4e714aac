import { describe, expect, it } from "vitest";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { findDiscussItems } from "@/server/services/prep/discuss-items";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { rulesFixture, submitted, withRules } from "./fixture";

type Rule = NonNullable<TTemplateDefinitionInput["discuss"]>[number];
const rulesOf = (...discuss: Rule[]) => withRules({ discuss });
const day = "2026-11-20";

describe("findDiscussItems", () => {
  it("lists every list item whose part matches, each as its own item", () => {
    const definition = rulesOf({ key: "strained", label: "Strained or broken", field: "items", itemField: "status", when: { oneOf: ["strained", "broken"] } });
    const rows = [
      { what: "No contact", status: "open" },
      { what: "Phone open", status: "strained" },
      { what: "Home by six", status: "broken" },
      { what: "Unrated" },
    ];
    const answer = submitted("hp", day, { items: rows });
    expect(findDiscussItems(definition, [answer])).toEqual([
      { ruleKey: "strained", label: "Strained or broken", responseId: answer.responseId, side: "hp", fieldKey: "items", fieldLabel: "Items", value: rows[1], dueOn: day, submittedAt: answer.submittedAt, itemIndex: 1 },
      { ruleKey: "strained", label: "Strained or broken", responseId: answer.responseId, side: "hp", fieldKey: "items", fieldLabel: "Items", value: rows[2], dueOn: day, submittedAt: answer.submittedAt, itemIndex: 2 },
    ]);
  });

  it("tests single answers by equality, thresholds and being answered", () => {
    const definition = rulesOf(
      { key: "talked", label: "Talked", field: "hp_talked", when: { equals: false } },
      { key: "low", label: "Low", field: "hp_heard", when: { atMost: 2 } },
      { key: "many", label: "Many", field: "hp_count", when: { atLeast: 10 } },
      { key: "note", label: "Note", field: "note", when: { answered: true } },
      { key: "hurt", label: "Hurt", field: "feelings", when: { equals: "hurt" } },
    );
    const fires = submitted("hp", day, { hp_talked: false, hp_heard: 2, hp_count: 10, note: "Talk about Sunday", feelings: ["calm", "hurt"] });
    expect(findDiscussItems(definition, [fires]).map((item) => [item.ruleKey, item.value, item.itemIndex])).toEqual([
      ["talked", false, undefined],
      ["low", 2, undefined],
      ["many", 10, undefined],
      ["note", "Talk about Sunday", undefined],
      ["hurt", ["calm", "hurt"], undefined],
    ]);
    const quiet = submitted("hp", day, { hp_talked: true, hp_heard: 3, hp_count: 9, note: "   ", feelings: ["calm"] });
    expect(findDiscussItems(definition, [quiet])).toEqual([]);
  });

  it("never fires on missing data", () => {
    const definition = rulesOf(
      { key: "held", label: "Held", field: "items", itemField: "held", when: { equals: false } },
      { key: "low", label: "Low", field: "hp_heard", when: { atMost: 10 } },
      { key: "note", label: "Note", field: "note", when: { answered: true } },
    );
    expect(findDiscussItems(definition, [submitted("hp", day, {})])).toEqual([]);
    expect(findDiscussItems(definition, [submitted("hp", day, { items: "not a list", hp_heard: "3", note: null })])).toEqual([]);
    expect(findDiscussItems(definition, [submitted("hp", day, { items: [null, { what: "x" }, { what: "y", held: null }] })])).toEqual([]);
    expect(findDiscussItems(definition, [])).toEqual([]);
  });

  it("reports each partner's answers with their side, newest first, and a joint answer both carry once", () => {
    const joint = structuredClone(rulesFixture) as TTemplateDefinitionInput;
    for (const section of joint.sections) for (const field of section.fields) field.visibility = "shared";
    const definition = ZTemplateDefinition.parse({
      ...joint,
      audience: "together",
      discuss: [{ key: "strained", label: "Strained", field: "items", itemField: "status", when: { equals: "strained" } }],
    });
    const row = { what: "Phone open", status: "strained" };
    const answers = [
      submitted("hp", "2026-11-13", { items: [row] }),
      submitted("ip", "2026-11-20", { items: [row] }),
      submitted("hp", "2026-11-20", { items: [row] }, "2026-11-20T10:00:00.000Z"),
      submitted("ip", "2026-11-20", { items: [{ ...row, what: "Home by six" }] }, "2026-11-20T09:00:00.000Z"),
    ];
    expect(findDiscussItems(definition, answers).map((item) => [item.dueOn, item.side, (item.value as { what: string }).what])).toEqual([
      ["2026-11-20", "ip", "Phone open"],
      ["2026-11-20", "ip", "Home by six"],
      ["2026-11-13", "hp", "Phone open"],
    ]);
  });

  it("lists equal answers of both partners in an exercise each does alone", () => {
    const definition = rulesOf({ key: "open", label: "Open", field: "leaning", when: { equals: "undecided" } });
    const answers = [submitted("hp", day, { leaning: "undecided" }), submitted("ip", day, { leaning: "undecided" })];
    expect(findDiscussItems(definition, answers).map((item) => item.side).sort()).toEqual(["hp", "ip"]);
  });

  it("finds the catalogue's items to discuss in the built-in cards", () => {
    const library = parsedBuiltinLibrary();
    const card = (id: string) => library.find((template) => template.catalogueId === id)!.definition;
    const keys = (id: string, side: "hp" | "ip", answers: Record<string, unknown>) => findDiscussItems(card(id), [submitted(side, day, answers)]).map((item) => item.ruleKey);

    expect(keys("E07", "hp", { questions: [{ question: "Where?", answer_how: "in_session" }, { question: "When?", answer_how: "in_writing" }] })).toEqual(["held_for_session"]);
    expect(keys("E15", "hp", { boundary_review: [{ agreement: "No contact", status: "broken" }], for_counselor: [{ item: "Weekends" }] })).toEqual(["boundary_status", "for_counselor"]);
    expect(keys("E14", "ip", { apology_received: "not_yet" })).toEqual(["repair_open"]);
    expect(keys("E12", "ip", { ip_promises: [{ promise: "Text when late", owner: "ip", status: "not_kept" }] })).toEqual(["promise_not_kept"]);
    expect(keys("E11", "hp", { hp_triggers: 12 })).toEqual(["trigger_spike"]);
  });
});
