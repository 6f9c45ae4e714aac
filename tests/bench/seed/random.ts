import { createHash } from "node:crypto";

/**
 * Everything the generator decides comes from the seed, in two places that must agree:
 * JavaScript (people, plans, answer variants) and SQL (the million-row expansions). Both
 * derive ids the same way, md5 of "<seed>:<kind>:<key>" shaped as a version-4 UUID, so
 * a row built in SQL can name a row built in JS (and the other way round) without a join,
 * and the same seed gives the same ids on every run.
 */

/** md5 hex → a UUID zod's z.uuid() accepts (version 4, RFC variant), as SQL's uuidSql does. */
function uuidFromHex(hex: string): string {
  const shaped = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${shaped.slice(0, 8)}-${shaped.slice(8, 12)}-${shaped.slice(12, 16)}-${shaped.slice(16, 20)}-${shaped.slice(20)}`;
}

export function benchId(seed: number, kind: string, key: string | number): string {
  return uuidFromHex(createHash("md5").update(`${seed}:${kind}:${key}`).digest("hex"));
}

/** The SQL twin of benchId: `key` is a SQL text expression. */
export function uuidSql(seed: number, kind: string, key: string): string {
  return `overlay(overlay(md5('${seed}:${kind}:' || ${key}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/**
 * A uniform number in [0, 1) from hashing `key` (a SQL text expression) with a salt, so
 * each decision about a row (status, lateness, answer variant…) is independent of the
 * others and repeatable. hashtext is PostgreSQL's own string hash, also in PGlite.
 */
export function unitSql(seed: number, salt: string, key: string): string {
  return `((hashtext('${seed}:${salt}:' || ${key})::float8 + 2147483648) / 4294967296)`;
}

/** Small, fast, well-mixed PRNG (sfc32) seeded from a string; for the JS side of the plan. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, ...keys: (string | number)[]) {
    const digest = createHash("sha256").update(`${seed}:${keys.join(":")}`).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }

  /** By weight: `[item, weight]` pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries.at(-1)![0];
  }
}
