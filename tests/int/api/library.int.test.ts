import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, auditEvents, exerciseTemplates, exerciseTemplateVersions } from "@/db/schema";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { syncBuiltinLibrary } from "@/server/services/library/sync-builtins";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { everyFieldDefinition } from "../../support/every-field-definition";
import { createAssignment, createWorld, unique } from "../../support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

const practiceDefinition = (title: string): TTemplateDefinitionInput => ({ ...structuredClone(everyFieldDefinition), title });

/** An instrument with generic test wording; real imports carry the publisher's wording. */
const exampleInstrument = {
  title: "Example relationship scale",
  phase: "p0",
  audience: "each",
  source: { name: "Example scale (test fixture)", standardized: true, citation: "Test, 2026" },
  sections: [
    {
      key: "items",
      title: "Items",
      fields: [
        { key: "q1", type: "likert_5", label: "Item one", required: true, visibility: "counselor_only" },
        { key: "q2", type: "likert_5", label: "Item two", required: true, visibility: "counselor_only" },
      ],
    },
  ],
  scoring: { scores: [{ key: "total", label: "Total", method: "sum", items: [{ field: "q1" }, { field: "q2", reverse: true }], range: { min: 2, max: 10 } }] },
};

describe("exercise library procedures", () => {
  const test = useTestDatabase();
  let world: World;
  let builtinId: string;

  beforeAll(async () => {
    world = await createWorld(test.db);
    await syncBuiltinLibrary(test.db);
    const [row] = await test.db.select({ id: exerciseTemplates.id }).from(exerciseTemplates).where(eq(exerciseTemplates.slug, "impact-letter"));
    builtinId = row!.id;
  });

  const counselor = () => callerAs(test.db, world.counselor);
  const colleague = () => callerAs(test.db, world.otherCounselor);
  const foreign = () => callerAs(test.db, world.foreignCounselor);
  const versionCount = async (templateId: string) =>
    (await test.db.select({ n: count() }).from(exerciseTemplateVersions).where(eq(exerciseTemplateVersions.templateId, templateId)))[0]!.n;

  describe("library.list", () => {
    it("shows the built-in library and the practice's own templates, never another practice's", async () => {
      const mine = await counselor().library.create({ definition: practiceDefinition(`Ours ${unique("t")}`) });
      const theirs = await foreign().library.create({ definition: practiceDefinition(`Theirs ${unique("t")}`) });
      const listed = (await colleague().library.list({})).templates.map((template) => template.id);
      expect(listed).toContain(mine.templateId);
      expect(listed).toContain(builtinId);
      expect(listed).not.toContain(theirs.templateId);
      expect((await foreign().library.list({})).templates.map((template) => template.id)).toContain(theirs.templateId);
    });

    it("filters by phase, audience, tag, origin and text", async () => {
      const p0 = (await counselor().library.list({ phase: "p0", origin: "builtin" })).templates;
      expect(p0.length).toBeGreaterThan(0);
      expect(p0.every((template) => template.phase === "p0")).toBe(true);
      const hp = (await counselor().library.list({ audience: "hp" })).templates;
      expect(hp.map((template) => template.id)).toContain(builtinId);
      expect(hp.every((template) => template.audience === "hp")).toBe(true);
      const search = (await counselor().library.list({ text: "IMPACT letter" })).templates;
      expect(search.map((template) => template.slug)).toContain("impact-letter");
      const tagged = await counselor().library.list({ tag: "daily" });
      expect(tagged.templates.length).toBeGreaterThan(0);
      expect(tagged.templates.every((template) => template.tags.includes("daily"))).toBe(true);
      expect(tagged.tags).toContain("daily");
      // LIKE wildcards in a search are literal text.
      expect((await counselor().library.list({ text: "%" })).templates).toEqual([]);
    });

    it("summarises without shipping field definitions", async () => {
      const [first] = (await counselor().library.list({ text: "impact letter" })).templates;
      expect(first).toMatchObject({ title: "Impact letter", audience: "hp", isMeasure: false });
      expect(first).not.toHaveProperty("definition");
      expect(first).not.toHaveProperty("sections");
    });
  });

  describe("library.get", () => {
    it("reads a built-in template with its versions, not editable", async () => {
      const template = await counselor().library.get({ templateId: builtinId });
      expect(template).toMatchObject({ origin: "builtin", editable: false, latestVersion: 1, version: { version: 1, inUse: false } });
      expect(template.version.definition.title).toBe("Impact letter");
    });

    it("answers NOT_FOUND for another practice's template, an unknown id and an unknown version", async () => {
      const theirs = await foreign().library.create({ definition: practiceDefinition(`Hidden ${unique("t")}`) });
      await expect(counselor().library.get({ templateId: theirs.templateId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(counselor().library.get({ templateId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(counselor().library.get({ templateId: builtinId, version: 99 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("library.create / saveVersion (versioning)", () => {
    it("saves an edit as a new version, leaving the used version and its assignment untouched", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Versioned") });
      expect(created.version).toBe(1);
      const v1 = await counselor().library.get({ templateId: created.templateId });
      const assignment = await createAssignment(test.db, { coupleId: world.own.couple.id, assignedById: world.counselor.id, templateVersionId: v1.version.id });

      const edited = practiceDefinition("Versioned");
      edited.sections[0]!.fields[0]!.label = "Short, reworded";
      // A colleague in the same practice may edit the practice's templates.
      const saved = await colleague().library.saveVersion({ templateId: created.templateId, basedOnVersion: 1, definition: edited });
      expect(saved.version).toBe(2);

      const latest = await counselor().library.get({ templateId: created.templateId });
      expect(latest.version.definition.sections[0]!.fields[0]!.label).toBe("Short, reworded");
      expect(latest.versions.map((version) => [version.version, version.inUse])).toEqual([
        [2, false],
        [1, true],
      ]);
      const old = await counselor().library.get({ templateId: created.templateId, version: 1 });
      expect(old.version.definition.sections[0]!.fields[0]!.label).toBe("Short");
      const [stored] = await test.db.select({ versionId: assignments.templateVersionId }).from(assignments).where(eq(assignments.id, assignment.id));
      expect(stored?.versionId).toBe(v1.version.id);
      // The used version is frozen at the database level too.
      await expect(
        test.db.execute(sql`UPDATE exercise_template_versions SET definition = definition || '{"title":"x"}' WHERE id = ${v1.version.id}`),
      ).rejects.toThrow();
    });

    it("refuses a save based on a stale version with CONFLICT, saving nothing", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Stale") });
      await counselor().library.saveVersion({ templateId: created.templateId, basedOnVersion: 1, definition: practiceDefinition("Stale two") });
      await expect(
        colleague().library.saveVersion({ templateId: created.templateId, basedOnVersion: 1, definition: practiceDefinition("Stale three") }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      expect(await versionCount(created.templateId)).toBe(2);
    });

    it("refuses an invalid definition with field-level errors, saving nothing", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Invalid edit") });
      const broken = practiceDefinition("Invalid edit");
      broken.sections[0]!.fields[1]!.key = "short";
      const error = await colleague()
        .library.saveVersion({ templateId: created.templateId, basedOnVersion: 1, definition: broken })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect(JSON.stringify((error as { cause?: { issues?: unknown } }).cause?.issues)).toContain("used twice");
      expect(await versionCount(created.templateId)).toBe(1);
    });

    it("never edits a built-in template", async () => {
      await expect(counselor().library.saveVersion({ templateId: builtinId, basedOnVersion: 1, definition: practiceDefinition("Nope") })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      expect(await versionCount(builtinId)).toBe(1);
    });

    it("answers NOT_FOUND when another practice's counselor edits, archives, duplicates or previews", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Ours only") });
      const templateId = created.templateId;
      await expect(foreign().library.saveVersion({ templateId, basedOnVersion: 1, definition: practiceDefinition("x") })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(foreign().library.setArchived({ templateId, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(foreign().library.duplicate({ templateId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(foreign().library.checkPreview({ templateId, version: 1, variant: "hp", answers: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await versionCount(templateId)).toBe(1);
    });

    it("records template changes in the audit trail", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Audited") });
      const rows = await test.db
        .select({ action: auditEvents.action, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, created.templateId), eq(auditEvents.action, "template.create")));
      expect(rows).toEqual([{ action: "template.create", actorId: world.counselor.id }]);
    });
  });

  describe("library.duplicate and setArchived", () => {
    it("copies a built-in into an editable practice template linked to its source", async () => {
      const copy = await counselor().library.duplicate({ templateId: builtinId });
      const template = await colleague().library.get({ templateId: copy.templateId });
      const source = await counselor().library.get({ templateId: builtinId });
      expect(template).toMatchObject({ origin: "custom", editable: true, basedOnTemplateId: builtinId, latestVersion: 1 });
      expect(template.version.definition.title).toBe("Impact letter (adapted)");
      expect(template.version.definition.sections).toEqual(source.version.definition.sections);
    });

    it("archives a practice template out of the library and restores it; built-ins can't be archived", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition(`Archivable ${unique("t")}`) });
      await counselor().library.setArchived({ templateId: created.templateId, archived: true });
      expect((await counselor().library.list({})).templates.map((template) => template.id)).not.toContain(created.templateId);
      expect((await counselor().library.list({ archived: true })).templates.map((template) => template.id)).toContain(created.templateId);
      await counselor().library.setArchived({ templateId: created.templateId, archived: false });
      expect((await counselor().library.list({})).templates.map((template) => template.id)).toContain(created.templateId);
      await expect(counselor().library.setArchived({ templateId: builtinId, archived: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });
  });

  describe("library.importInstrument", () => {
    const importErrors = async (json: string) => {
      const error = await counselor()
        .library.importInstrument({ json })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      return (error as { cause: { fieldErrors: { json: string[] } } }).cause.fieldErrors.json;
    };

    it("imports a valid instrument as a practice measure, keeping its wording", async () => {
      const imported = await counselor().library.importInstrument({ json: JSON.stringify({ definition: exampleInstrument }) });
      const template = await counselor().library.get({ templateId: imported.templateId });
      expect(template.version.definition).toMatchObject({ source: { standardized: true }, sections: [{ fields: [{ label: "Item one" }, { label: "Item two" }] }] });
    });

    it("points at the exact path and reason of every problem, and saves nothing", async () => {
      const before = (await test.db.select({ n: count() }).from(exerciseTemplates))[0]!.n;
      expect(await importErrors("{ not json")).toEqual([expect.stringContaining("not valid JSON") as string]);
      const broken = structuredClone(exampleInstrument);
      broken.sections[0]!.fields[1]!.type = "likert_9";
      broken.sections[0]!.fields[0]!.label = "";
      expect(await importErrors(JSON.stringify(broken))).toEqual(["sections[0].fields[0].label: Add a label", "sections[0].fields[1].type: Choose a field type"]);
      const unscored = { ...exampleInstrument, scoring: undefined, source: undefined };
      expect(await importErrors(JSON.stringify(unscored))).toEqual([
        "scoring: An instrument needs scoring: add at least one score",
        "source: Say where the instrument comes from: add a source with its name",
      ]);
      const misranged = structuredClone(exampleInstrument);
      misranged.scoring.scores[0]!.range = { min: 0, max: 10 };
      expect(await importErrors(JSON.stringify(misranged))).toEqual(["scoring.scores[0].range: These items produce scores from 2 to 10, not 0 to 10"]);
      expect((await test.db.select({ n: count() }).from(exerciseTemplates))[0]!.n).toBe(before);
    });
  });

  describe("library.checkPreview (derived answer schema on the server)", () => {
    it("refuses wrong types, over-long text and missing required answers field by field", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Preview check") });
      const error = await counselor()
        .library.checkPreview({ templateId: created.templateId, version: 1, variant: "hp", answers: { short: "x".repeat(41), scale: "high", items: [{ what: "" , how_much: 3 }] } })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect((error as { cause: { fieldErrors: unknown } }).cause.fieldErrors).toEqual({
        short: ["Keep this to 40 characters or fewer (it has 41)"],
        scale: ["Choose a whole number from 0 to 10"],
        likert5: ["Please choose an answer"],
        select: ["Please choose an answer"],
        "items.0.what": ["Please answer this"],
        ack: ["Please tick to confirm"],
      });
    });

    it("accepts valid answers and returns the scores a counselor would see", async () => {
      const created = await counselor().library.create({ definition: practiceDefinition("Preview ok") });
      const result = await counselor().library.checkPreview({
        templateId: created.templateId,
        version: 1,
        variant: "ip",
        answers: { short: "fine", scale: 4, likert5: 5, select: "a", ack: true },
      });
      expect(result).toMatchObject({ accepted: true, scores: [{ key: "total", value: 5 }] });
    });
  });

  describe("hostile or unusual input", () => {
    const minimal = (title: string): TTemplateDefinitionInput => ({
      title,
      phase: "p1",
      audience: "hp",
      sections: [{ key: "s", title: "S", fields: [{ key: "q", type: "short_text", label: "Q", visibility: "shared" }] }],
    });
    const codeOf = (promise: Promise<unknown>) => promise.then(
      () => "OK",
      (error: { code?: string }) => error.code,
    );

    it("refuses text the database can't store with BAD_REQUEST, in definitions, imports and searches", async () => {
      expect(await codeOf(counselor().library.create({ definition: minimal("Letter\u0000one") }))).toBe("BAD_REQUEST");
      expect(await codeOf(counselor().library.create({ definition: minimal("Letter \ud83d") }))).toBe("BAD_REQUEST");
      const broken = { ...exampleInstrument, source: { name: "X\u0000", standardized: false } };
      expect(await codeOf(counselor().library.importInstrument({ json: JSON.stringify(broken) }))).toBe("BAD_REQUEST");
      expect(await codeOf(counselor().library.list({ text: "a\u0000" }))).toBe("BAD_REQUEST");
      expect(await codeOf(counselor().library.list({ tag: "a\u0000" }))).toBe("BAD_REQUEST");
    });

    it("duplicates a template whose title would be cut inside an emoji", async () => {
      const created = await counselor().library.create({ definition: minimal(`${"a".repeat(109)}😀${"b".repeat(9)}`) });
      const copy = await counselor().library.duplicate({ templateId: created.templateId });
      const template = await counselor().library.get({ templateId: copy.templateId });
      expect(template.version.definition.title).toBe(`${"a".repeat(109)}😀 (adapted)`);
    });

    it("creates templates with the same title at the same moment", async () => {
      const title = `Race ${unique("t")}`;
      const results = await Promise.all(Array.from({ length: 4 }, () => codeOf(counselor().library.create({ definition: minimal(title) }))));
      expect(results).toEqual(["OK", "OK", "OK", "OK"]);
    });

    it("refuses deeply nested preview answers with BAD_REQUEST", async () => {
      let deep: unknown = "x";
      for (let level = 0; level < 100_000; level++) deep = { a: deep };
      const created = await counselor().library.create({ definition: minimal("Deep") });
      expect(await codeOf(counselor().library.checkPreview({ templateId: created.templateId, version: 1, variant: "hp", answers: { q: deep } }))).toBe("BAD_REQUEST");
    });

    it("never echoes pasted text in a JSON syntax error", async () => {
      const error: { cause: { fieldErrors: { json: string[] } } } = await counselor()
        .library.importInstrument({ json: '{"title": secret-words }' })
        .then(
          () => ({ cause: { fieldErrors: { json: [] } } }),
          (caught: unknown) => caught as { cause: { fieldErrors: { json: string[] } } },
        );
      expect(error.cause.fieldErrors.json).toEqual([expect.stringMatching(/^The text is not valid JSON/) as string]);
      expect(JSON.stringify(error.cause.fieldErrors)).not.toContain("secret");
    });
  });

  describe("built-in library upgrade on start", () => {
    it("is idempotent and adds a new version when the content version rises, never rewriting the old one", async () => {
      expect(await syncBuiltinLibrary(test.db)).toMatchObject({ added: 0, upgraded: 0 });
      const slug = unique("builtin-upgrade");
      const base = parsedBuiltinLibrary()[0]!;
      const v1 = { ...base, slug, contentVersion: 1 };
      await syncBuiltinLibrary(test.db, [v1]);
      await syncBuiltinLibrary(test.db, [v1]);
      const reworded = { ...v1, contentVersion: 2, definition: ZTemplateDefinition.parse({ ...v1.definition, title: "Reworded" }) };
      expect(await syncBuiltinLibrary(test.db, [reworded])).toEqual({ added: 0, upgraded: 1, total: 1 });
      const rows = await test.db
        .select({ version: exerciseTemplateVersions.version, contentVersion: exerciseTemplateVersions.contentVersion, title: sql<string>`${exerciseTemplateVersions.definition}->>'title'` })
        .from(exerciseTemplateVersions)
        .innerJoin(exerciseTemplates, eq(exerciseTemplates.id, exerciseTemplateVersions.templateId))
        .where(eq(exerciseTemplates.slug, slug))
        .orderBy(exerciseTemplateVersions.version);
      expect(rows).toEqual([
        { version: 1, contentVersion: 1, title: base.definition.title },
        { version: 2, contentVersion: 2, title: "Reworded" },
      ]);
    });
  });
});
