import { expect, test, type Locator } from "@playwright/test";
import { demo, signIn } from "./support";

/** One field of every type: its type name in the "Add field" menu and the label it gets. */
const FIELDS = [
  { type: "Short text", label: "What happened today" },
  { type: "Long text", label: "Anything else on your mind" },
  { type: "Scale 0–10", label: "Trust today" },
  { type: "Agree scale (5 points)", label: "I felt heard" },
  { type: "Agree scale (7 points)", label: "I felt close" },
  { type: "Yes / no", label: "Did we talk tonight" },
  { type: "Single choice", label: "Mood this evening" },
  { type: "Checklist", label: "What helped" },
  { type: "Date", label: "Date of the talk" },
  { type: "Number", label: "Minutes together" },
  { type: "List of items", label: "Questions I am holding" },
  { type: "Promise list", label: "This week's promises" },
  { type: "Agreement list", label: "Our agreements" },
  { type: "Acknowledgement", label: "Honesty" },
] as const;

test("a counselor builds an exercise with every field type, previews it as each partner and saves it", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Evening reflection ${Date.now().toString(36)}`;
  await signIn(page, demo.maya.email);
  await page.goto("/library/new");
  await expect(page.getByRole("heading", { level: 1, name: "New exercise" })).toBeVisible();
  const builder = page.getByRole("form", { name: "Exercise" });
  const preview = page.getByRole("complementary", { name: "Preview" });

  // An empty exercise is not saved: every problem is named where it is.
  await builder.getByRole("button", { name: "Save exercise" }).click();
  await expect(builder.getByRole("alert")).toContainText("things need attention before saving");
  await expect(builder.getByText("Give the exercise a title")).toBeVisible();
  await expect(builder.getByText("Choose a phase")).toBeVisible();
  await expect(builder.getByText("Choose who the exercise is for")).toBeVisible();
  await expect(builder.getByText("Give this section a title")).toBeVisible();
  await expect(builder.getByText("Add at least one field to this section")).toBeVisible();
  await expect(builder.getByLabel("Title", { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/library\/new$/);
  await expect(preview.getByText(/The preview updates once the exercise is valid — \d+ things to fix/)).toBeVisible();

  // About the exercise.
  await builder.getByLabel("Title", { exact: true }).fill(title);
  await builder.getByLabel("Summary").fill("A few minutes each evening to notice how repair is going.");
  await builder.getByLabel("Instructions for partners").fill("Answer on your own, in a quiet moment.");
  await builder.getByLabel("Phase").selectOption("p1");
  await builder.getByLabel("Who it is for").selectOption("each");
  await builder.getByLabel("How often").selectOption("weekly");
  await builder.getByRole("checkbox", { name: "Thursday" }).check();
  await builder.getByLabel("Tags").fill("reflection, evening");

  // One field of every type, each focused for its label as soon as it is added.
  const section = builder.getByRole("region", { name: /^Section 1/ });
  await section.getByLabel("Section title").fill("Tonight");
  const cards = section.getByRole("list", { name: "Fields in section 1" }).locator(":scope > li");
  for (const [index, field] of FIELDS.entries()) {
    await section.getByLabel("Type of field to add").selectOption({ label: field.type });
    await section.getByRole("button", { name: "Add field" }).click();
    const label = cards.nth(index).getByLabel("Label", { exact: true }).first();
    await expect(label).toBeFocused();
    await label.fill(field.label);
  }
  await expect(cards).toHaveCount(FIELDS.length);
  const card = (label: string): Locator => cards.filter({ has: page.getByRole("button", { name: new RegExp(`^${label}`) }) });

  const mood = card("Mood this evening");
  await mood.getByRole("group", { name: "Option 1" }).getByLabel("Text").fill("Calm");
  await mood.getByRole("group", { name: "Option 2" }).getByLabel("Text").fill("Tense");
  const helped = card("What helped");
  await helped.getByRole("group", { name: "Option 1" }).getByLabel("Text").fill("A walk together");
  await helped.getByRole("group", { name: "Option 2" }).getByLabel("Text").fill("Talking it through");
  await helped.getByRole("button", { name: "Add option" }).click();
  await expect(helped.getByRole("group", { name: "Option 3" }).getByLabel("Text")).toBeFocused();
  await helped.getByRole("group", { name: "Option 3" }).getByLabel("Text").fill("Time apart");
  await card("Questions I am holding").getByRole("group", { name: "Item field 1" }).getByLabel("Label").fill("Question");
  await card("Honesty").getByLabel("Statement to acknowledge").fill("I answered honestly, even where it was hard.");

  // Who reads an answer, with the explanation of the chosen class.
  const trust = card("Trust today");
  await trust.getByLabel("Visibility").selectOption("shared");
  await expect(trust.getByText("Both partners and you, as soon as it is submitted.")).toBeVisible();
  await expect(trust.getByRole("button", { name: /Trust today.*Shared with partner/ })).toBeVisible();

  // A condition on an earlier field.
  const date = card("Date of the talk");
  await date.getByLabel("Only after an earlier answer").check();
  await date.getByLabel("Earlier field").selectOption({ label: "Did we talk tonight · Yes / no" });
  await date.getByLabel("When the answer is").selectOption({ label: "Yes" });

  // A section only the involved partner fills in.
  await builder.getByRole("button", { name: "Add section" }).click();
  const second = builder.getByRole("region", { name: /^Section 2/ });
  await expect(second.getByLabel("Section title")).toBeFocused();
  await second.getByLabel("Section title").fill("Rebuilding");
  await second.getByLabel("Who fills this in").selectOption("ip");
  await second.getByRole("button", { name: "Add field" }).click();
  await second.getByLabel("Label", { exact: true }).fill("One thing I did to rebuild trust");

  // The preview, as the hurt partner: every field of the shared section, the condition applied.
  await expect(preview.getByText(title, { exact: true })).toBeVisible();
  await expect(preview.getByRole("radio", { name: "Hurt partner" })).toBeChecked();
  for (const field of FIELDS.filter((f) => f.label !== "Date of the talk")) {
    await expect(preview.getByText(field.label, { exact: true }).first()).toBeVisible();
  }
  await expect(preview.getByText("One thing I did to rebuild trust")).toHaveCount(0);
  await expect(preview.getByLabel("Date of the talk")).toHaveCount(0);
  await preview.getByRole("group", { name: /Did we talk tonight/ }).getByText("Yes", { exact: true }).click();
  await expect(preview.getByLabel("Date of the talk")).toBeVisible();

  // …and as the involved partner, who also gets their own section.
  await preview.getByRole("group", { name: "Preview as" }).getByText("Involved partner").click();
  await expect(preview.getByRole("radio", { name: "Involved partner" })).toBeChecked();
  await expect(preview.getByLabel("One thing I did to rebuild trust")).toBeVisible();
  await expect(preview.getByText("Trust today", { exact: true })).toBeVisible();

  await builder.getByRole("button", { name: "Save exercise" }).click();
  await expect(page).toHaveURL(/\/library\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("editing saves a new version, a stale edit is refused, and archiving asks first", async ({ page, context }) => {
  const title = `Weekly talk ${Date.now().toString(36)}`;
  await signIn(page, demo.maya.email);
  await page.goto("/library/new");
  const builder = page.getByRole("form", { name: "Exercise" });
  await builder.getByLabel("Title", { exact: true }).fill(title);
  await builder.getByLabel("Phase").selectOption("p2");
  await builder.getByLabel("Who it is for").selectOption("together");
  await builder.getByLabel("Section title").fill("This week");
  await builder.getByLabel("Type of field to add").selectOption({ label: "Yes / no" });
  await builder.getByRole("button", { name: "Add field" }).click();
  await builder.getByLabel("Label", { exact: true }).fill("Did we keep our weekly talk");
  // A joint exercise starts its fields as shared.
  await expect(builder.getByLabel("Visibility")).toHaveValue("shared");
  await builder.getByRole("button", { name: "Save exercise" }).click();
  await expect(page).toHaveURL(/\/library\/[0-9a-f-]{36}\?saved=1$/);
  const templateId = new URL(page.url()).pathname.split("/")[2]!;

  // Two tabs open the same version.
  await page.goto(`/library/${templateId}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "Edit exercise" })).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/library/${templateId}/edit`);
  await expect(other.getByRole("button", { name: "Save as version 2" })).toBeVisible();

  // Fields of a saved exercise start collapsed.
  const editor = page.getByRole("form", { name: "Exercise" });
  const toggle = editor.getByRole("button", { name: /^Did we keep our weekly talk/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await editor.getByLabel("Label", { exact: true }).fill("Did we have our weekly talk");
  await editor.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page).toHaveURL(new RegExp(`/library/${templateId}\\?saved=2$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The other tab still holds version 1: its save is refused, nothing is lost silently.
  const stale = other.getByRole("form", { name: "Exercise" });
  await stale.getByLabel("Title", { exact: true }).fill(`${title} (other tab)`);
  await stale.getByRole("button", { name: "Save as version 2" }).click();
  await expect(stale.getByRole("alert")).toContainText("Someone saved a newer version of this exercise");
  await expect(stale.getByRole("alert")).toBeFocused();
  await expect(other).toHaveURL(new RegExp(`/library/${templateId}/edit$`));
  await other.close();

  await page.goto(`/library/${templateId}/edit`);
  await expect(page.getByRole("button", { name: "Save as version 3" })).toBeVisible();
  await page.getByRole("button", { name: "Archive exercise…" }).click();
  const confirm = page.getByRole("button", { name: "Yes, archive it" });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(page.getByText("Archived. It no longer appears in the library or for new assignments.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore exercise…" })).toBeFocused();
});
