// Text PostgreSQL cannot store: NUL characters, and halves of a surrogate pair (a
// broken emoji). Refused at the schema, so they become a clear message, not a 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes("\0") && !LONE_SURROGATE.test(text);
}

export const UNSTORABLE_TEXT_MESSAGE = "This contains characters that can't be saved (a null character or half of an emoji). Retype it or paste it again.";

/** Cuts text to at most `max` characters without splitting a character in two. */
export function truncateText(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : characters.slice(0, max).join("");
}
