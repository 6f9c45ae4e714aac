import { get, type FieldErrors } from "react-hook-form";
import type { BuilderValues } from "./types";

export type BuilderErrors = FieldErrors<BuilderValues>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function ownMessage(node: unknown): string | undefined {
  return isObject(node) && typeof node.message === "string" && node.message !== "" ? node.message : undefined;
}

/**
 * The message at a dotted path. An array's own error ("Add at least two options")
 * sits either on the array or on its `root`, depending on what is registered inside.
 */
export function messageAt(errors: BuilderErrors, path: string): string | undefined {
  const node: unknown = get(errors, path);
  return ownMessage(node) ?? (isObject(node) ? ownMessage(node.root) : undefined);
}

export interface LocatedError {
  path: string;
  message: string;
}

const META_KEYS = new Set(["message", "type", "ref", "types", "root"]);

/** Every message in an errors tree with the path it belongs to (form-level server messages excluded). */
export function flattenErrors(node: unknown, path = ""): LocatedError[] {
  if (!isObject(node)) return [];
  const found: LocatedError[] = [];
  const own = ownMessage(node);
  if (own && path !== "") found.push({ path, message: own });
  if (path !== "" && isObject(node.root)) {
    const rootMessage = ownMessage(node.root);
    if (rootMessage) found.push({ path, message: rootMessage });
  }
  for (const key of Object.keys(node)) {
    if (META_KEYS.has(key)) continue;
    found.push(...flattenErrors(node[key], path ? `${path}.${key}` : key));
  }
  return found;
}

export function hasErrorsUnder(errors: BuilderErrors, path: string): boolean {
  return flattenErrors(get(errors, path), path).length > 0;
}

const N = String.raw`\d+`;
const F = String.raw`sections\.${N}\.fields\.${N}`;
const V = String.raw`${F}(?:\.itemFields\.${N})?`;
const S = String.raw`scoring\.scores\.${N}`;

/** The paths the builder shows a message at, next to the input or list they concern. */
const SHOWN_AT = new RegExp(
  "^(?:" +
    [
      String.raw`title|summary|instructions|phase|audience|estimatedMinutes|needsSafetyClearance|tags(?:\.${N})?`,
      String.raw`defaultSchedule(?:\.kind|\.dueInDays|\.everyWeeks|\.weekdays(?:\.${N})?)?`,
      String.raw`sections(?:\.${N}(?:\.key|\.title|\.intro|\.for|\.fields)?)?`,
      String.raw`${F}(?:\.visibility|\.pairKey|\.pairedReveal|\.showWhen(?:\.field|\.equals)?|\.itemLabel|\.itemFields|\.minItems|\.maxItems|\.statement)?`,
      String.raw`${V}(?:\.type|\.key|\.label|\.helpText|\.required|\.maxLength|\.placeholder|\.anchors(?:\.low|\.high)?|\.labels(?:\.${N})?|\.options(?:\.${N}(?:\.value|\.label|\.score)?)?|\.minSelected|\.maxSelected|\.notAfterToday|\.min|\.max|\.integer|\.unit)?`,
      String.raw`scoring(?:\.scores)?`,
      String.raw`${S}(?:\.key|\.label|\.method|\.higherIsBetter|\.items(?:\.${N}(?:\.field|\.reverse)?)?|\.range(?:\.min|\.max)?|\.referenceLines(?:\.${N}(?:\.value|\.label)?)?|\.bands(?:\.${N}(?:\.from|\.to|\.label)?)?)?`,
    ].join("|") +
    ")$",
);

/** Messages at paths the builder has no input for (e.g. an imported instrument's source): listed in the summary. */
export function unplacedErrors(errors: LocatedError[]): LocatedError[] {
  return errors.filter((error) => !SHOWN_AT.test(error.path));
}

/** "1 thing needs" / "3 things need". */
export function thingsNeedAttention(count: number): string {
  return count === 1 ? "1 thing needs attention before saving." : `${count} things need attention before saving.`;
}
