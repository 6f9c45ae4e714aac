/**
 * `npm run bench:seed -- --couples 3000 --counselors 100 --days 180 [--seed 42] [--reset]`
 *
 * Fills the PostgreSQL database at DATABASE_URL with a benchmark practice whose shape
 * (counts, statuses, answers, ids) follows from the seed; only the password hash, the
 * sealed TOTP secrets and the times (relative to now) differ between runs. Prints a
 * progress line per table, then row counts and a JSON manifest of what a benchmark needs.
 */
import { openPostgres } from "@/db/client";
import { parseSeedOptions, USAGE, type SeedOptions } from "./options";
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, DAILY_CHECK_IN } from "./plan";
import { countPractices, RefusedToSeedError, resetDatabase, seedBenchmark, type SeedResult } from "./seed";

function manifest(options: SeedOptions, result: SeedResult) {
  const { plan } = result;
  return {
    seed: options.seed,
    now: options.now.toISOString(),
    couples: options.couples,
    counselors: options.counselors,
    days: options.days,
    password: BENCH_PASSWORD,
    totpSecret: plan.totpSecret,
    emails: {
      admins: `admin-<1..${plan.practices.length}>@${BENCH_EMAIL_DOMAIN}`,
      counselors: `counselor-<1..${options.counselors}>@${BENCH_EMAIL_DOMAIN}`,
      partners: `partner-<1..${options.couples * 2}>@${BENCH_EMAIL_DOMAIN} (couple n: partner-<2n-1> and partner-<2n>; couple n's counselor: counselor-<(n-1) mod ${options.counselors} + 1>)`,
    },
    practices: plan.practices.map((practice) => ({ id: practice.id, slug: practice.slug, timeZone: practice.timeZone })),
    dailyCheckIn: plan.couples[0]?.assignments.find((assignment) => assignment.slug === DAILY_CHECK_IN)?.templateId,
    templates: Object.fromEntries(result.library.map((version) => [version.slug, { templateId: version.templateId, versionId: version.versionId }])),
    firstCouple: plan.couples[0] && { id: plan.couples[0].id, timeZone: plan.couples[0].timeZone, today: plan.couples[0].today, partners: plan.couples[0].partners.map((partner) => partner.email) },
    counts: result.counts,
    seconds: Math.round(result.seconds * 10) / 10,
  };
}

async function main() {
  let options: SeedOptions;
  try {
    options = parseSeedOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`\n${USAGE}`);
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the PostgreSQL database to fill, e.g. postgres://postgres@127.0.0.1:5432/trellis_bench");
    process.exit(2);
  }
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const handle = openPostgres({ url, poolMax: 2, statementTimeoutMs: 0, onPoolError: (error) => console.error(`pool: ${error.message}`) });
  try {
    const practices = await countPractices(handle);
    if (practices > 0 || options.reset) {
      if (!options.reset) throw new RefusedToSeedError(`${database} already holds ${practices} practice(s). Pass --reset to drop its schemas and start over.`);
      console.log(`Resetting ${database}: dropping the public, drizzle and pgboss schemas.`);
      await resetDatabase(handle);
    }
    console.log(`Seeding ${database}: ${options.couples} couples, ${options.counselors} counselors, ${options.days} days, seed ${options.seed}`);
    const result = await seedBenchmark(handle, options, (line) => console.log(line));
    console.log("\nRows per table:");
    for (const [table, rows] of Object.entries(result.counts)) console.log(`  ${table.padEnd(28)} ${rows.toLocaleString("en-US").padStart(12)}`);
    const total = Object.values(result.counts).reduce((sum, rows) => sum + rows, 0);
    console.log(`  ${"total".padEnd(28)} ${total.toLocaleString("en-US").padStart(12)}`);
    console.log(`\nDone in ${result.seconds.toFixed(1)} s.`);
    console.log(`manifest: ${JSON.stringify(manifest(options, result))}`);
  } catch (error) {
    if (error instanceof RefusedToSeedError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await handle.close();
  }
}

await main();
