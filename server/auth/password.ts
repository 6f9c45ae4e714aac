import { hash, parseOptions, verify, type Algorithm, type Options } from "@node-rs/argon2";

// `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker settings than today's and should be replaced. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2ID ||
      used.memoryCost < PASSWORD_HASH_OPTIONS.memoryCost ||
      used.timeCost < PASSWORD_HASH_OPTIONS.timeCost
    );
  } catch {
    return true;
  }
}

let timingDecoy: Promise<string> | undefined;

/** Made at boot, so that even the first failed sign-in of a process costs only a verify. */
export function prepareTimingDecoy(): Promise<string> {
  timingDecoy ??= hashPassword(`decoy-${Math.random()}`);
  return timingDecoy;
}

/**
 * Verifies against a throwaway hash so that an unknown email, a disabled account or
 * an account without a password costs as much time as a wrong password.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(await prepareTimingDecoy(), password);
}
