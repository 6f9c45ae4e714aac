import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The most common passwords from public breach corpora, as zxcvbn-ts ships them
 * (about 49,000, already lower-cased). Built once per process or page.
 */
let breached: Set<string> | undefined;

export function isBreachedPassword(password: string): boolean {
  breached ??= new Set(dictionary["passwords-common"]);
  return breached.has(password.toLowerCase());
}
