import { unitSql, uuidSql } from "./random";

/** What every set-based statement needs: the seed for hashes and ids, and the fixed "now". */
export class Expansion {
  readonly now: string;

  constructor(
    readonly seed: number,
    now: Date,
    readonly days: number,
  ) {
    this.now = `'${now.toISOString()}'::timestamptz`;
  }

  /** A uniform [0, 1) draw for `key` (SQL text), independent per salt. */
  u(salt: string, key: string): string {
    return unitSql(this.seed, salt, key);
  }

  /** A deterministic UUID for `key` (SQL text); the same scheme as benchId in JS. */
  id(kind: string, key: string): string {
    return uuidSql(this.seed, kind, key);
  }

  /** `hours` (a SQL number) as an interval. */
  hours(hours: string): string {
    return `make_interval(secs => 3600 * (${hours}))`;
  }
}
