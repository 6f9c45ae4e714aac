import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { pathIssues } from "@/db/schema/exercises/issues";
import type { CounselorViewer } from "../../auth/viewer";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { createTemplate } from "./save-template";

/** An imported instrument is a definition that is scored and says where its wording comes from. */
const ZInstrumentDefinition = ZTemplateDefinition.superRefine((definition, ctx) => {
  if (!definition.scoring) ctx.addIssue({ code: "custom", path: ["scoring"], message: "An instrument needs scoring: add at least one score" });
  if (!definition.source) ctx.addIssue({ code: "custom", path: ["source"], message: "Say where the instrument comes from: add a source with its name" });
});

function refuse(messages: string[]): never {
  throw new ValidationError({ json: messages }, messages.length === 1 ? "This definition has 1 problem." : `This definition has ${messages.length} problems.`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Only the position: the parser's own message quotes a piece of the pasted text.
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    return refuse([position ? `The text is not valid JSON (the problem is at character ${Number(position) + 1})` : "The text is not valid JSON"]);
  }
}

/**
 * Adds a practice-supplied instrument (for example a licensed standardized scale,
 * with its published wording kept exactly) as a new practice template. Accepts the
 * definition itself or `{ "definition": … }`. Nothing is saved unless every rule holds;
 * each problem is reported with its exact path.
 */
export async function importInstrument(ctx: ServiceContext<CounselorViewer>, json: string) {
  const raw = parseJson(json);
  const candidate = raw && typeof raw === "object" && !Array.isArray(raw) && "definition" in raw ? raw.definition : raw;
  const result = ZInstrumentDefinition.safeParse(candidate);
  if (!result.success) {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, {
      action: "template.import",
      entityType: "exercise_template",
      outcome: "denied",
      details: { issues: result.error.issues.length },
    });
    return refuse(pathIssues(result.error).map((issue) => `${issue.path}: ${issue.message}`));
  }
  return createTemplate(ctx, result.data, { action: "template.import" });
}
