import { get, type FieldErrors } from "react-hook-form";

/** The message of the error at a dotted path ("items.0.what"), if there is one. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const found: unknown = get(errors, name);
  return found && typeof found === "object" && "message" in found && typeof found.message === "string" && found.message !== "" ? found.message : undefined;
}
