import { beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createUser, type TestUser } from "../../support/factories";
import { buildCloseness, type DayPlan } from "../../support/prep-fixtures";

const timeZone = "America/Chicago";
/** Today lists this many shared occurrences (SHARED_SHOWN in get-today.ts). */
const SHOWN = 10;

// Today looks for shared answers in the last four weeks first and reads the whole
// history only when those hold too few: either way the list is the newest occurrences.
describe("Today's shared-with-you list", () => {
  const test = useTestDatabase();
  let counselor: TestUser;

  beforeAll(async () => {
    const practice = await createPractice(test.db);
    counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
  });

  async function coupleWhereHurtPartnerShares(plan: DayPlan[]) {
    const couple = await createCouple(test.db, { counselor, timeZone });
    const [hp, ip] = couple.partners;
    const today = todayIn(timeZone);
    await buildCloseness(test.db, { counselor, coupleId: couple.couple.id, timeZone, today, hp, ip, fromDay: -plan.length, plan: { hp: plan, ip: plan.map(() => "missed") } });
    return { ip, dates: plan.map((_, index) => addDays(today, index - plan.length)) };
  }

  it("shows the newest occurrences, newest first, when the last weeks hold enough", async () => {
    const { ip, dates } = await coupleWhereHurtPartnerShares(Array.from({ length: 14 }, (_, index) => index % 10));
    const { shared } = await callerAs(test.db, ip).today.get();
    expect(shared.map((item) => item.dueOn)).toEqual(dates.slice(-SHOWN).reverse());
  });

  it("still shows older shares when the last four weeks hold fewer than the list's length", async () => {
    // Shared 40 and 38 days ago, nothing since.
    const plan: DayPlan[] = Array.from({ length: 40 }, (_, index) => (index === 0 || index === 2 ? 7 : "missed"));
    const { ip, dates } = await coupleWhereHurtPartnerShares(plan);
    const { shared } = await callerAs(test.db, ip).today.get();
    expect(shared.map((item) => item.dueOn)).toEqual([dates[2], dates[0]]);
    expect(shared[0]!.answers.map((answer) => answer.value)).toEqual([7]);
  });

  it("fills the list from older history when the last four weeks hold only a few shares", async () => {
    // Shared on six days about five weeks ago and on three of the last five days.
    const plan: DayPlan[] = Array.from({ length: 40 }, (_, index) => (index < 6 || index === 35 || index === 37 || index === 39 ? 4 : "missed"));
    const { ip, dates } = await coupleWhereHurtPartnerShares(plan);
    const { shared } = await callerAs(test.db, ip).today.get();
    expect(shared.map((item) => item.dueOn)).toEqual([dates[39], dates[37], dates[35], ...dates.slice(0, 6).reverse()]);
  });
});
