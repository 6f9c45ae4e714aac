import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, getTableName, is, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { couples, coupleMembers, flags, responses, safetyConcerns, shareRequests, users } from "@/db/schema";
import { createInnerContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import { claimsFor } from "../../../support/callers";
import { createSession, createWorld, type TestUser } from "../../../support/factories";
import { createEveryClassOccurrence, everyClassDefinition } from "../../../support/task-fixtures";

/**
 * The actors of the matrix. "owner" is the counselor of the couple every input targets;
 * "colleague" counsels in the same practice, "foreign" in another; "hp" and "ip" are
 * that couple's partners, "outsider" a partner of the colleague's couple;
 * "hpBeforeConsent" is the same hurt partner while the couple's confidentiality policy
 * has a version they have not accepted yet.
 */
export const ACTORS = ["admin", "owner", "colleague", "foreign", "hp", "ip", "outsider", "hpBeforeConsent", "anonymous"] as const;
export type Actor = (typeof ACTORS)[number];
/**
 * "BAD_REQUEST" and "CONFLICT" only for account procedures whose success needs a secret
 * or a state the matrix world doesn't hold (a password, a current code, a set-up in
 * progress): the caller got past every authorization check and was refused on their own
 * account's secret or state.
 */
export type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "BAD_REQUEST" | "CONFLICT";
export type Outcomes = Record<Actor, Outcome>;

type Signable = Pick<TestUser, "id" | "role" | "sessionVersion" | "sessionId">;
type Caller = ReturnType<typeof createCaller>;

/**
 * How each table's rows are tied to a practice, so a snapshot counts only this world's
 * rows: on PostgreSQL other test files write to the same database at the same time.
 * The audit trail is left out, since refusals write to it on purpose.
 */
const SCOPE_COLUMNS = ["practiceId", "coupleId", "responseId", "userId", "templateId"] as const;
const countedTables = (Object.values(schema) as unknown[]).flatMap((value) =>
  is(value, PgTable) && !["audit_events", "auth_throttle"].includes(getTableName(value)) ? [value] : [],
);

export class MatrixWorld {
  private readonly signIns = new Map<string, Signable>();
  private readonly users: Record<Exclude<Actor, "anonymous">, TestUser>;
  private sharedTargets: Promise<SharedTargets> | undefined;
  private policyBumps = 0;

  private constructor(
    readonly db: Database,
    readonly base: Awaited<ReturnType<typeof createWorld>>,
  ) {
    this.users = {
      admin: base.admin,
      owner: base.counselor,
      colleague: base.otherCounselor,
      foreign: base.foreignCounselor,
      hp: base.own.partners[0],
      ip: base.own.partners[1],
      outsider: base.other.partners[0],
      hpBeforeConsent: base.own.partners[0],
    };
    for (const user of Object.values(this.users)) this.signIns.set(user.id, user);
  }

  static async create(db: Database) {
    return new MatrixWorld(db, await createWorld(db));
  }

  get couple() {
    return this.base.own.couple;
  }

  userOf(actor: Actor): TestUser | null {
    return actor === "anonymous" ? null : this.users[actor];
  }

  /** The router as `actor`, with a known request id so the audit rows of this one call can be found. */
  callerAs(actor: Actor, requestId: string): Caller {
    const user = this.userOf(actor);
    const signIn = user ? this.signIns.get(user.id)! : null;
    return createCaller(createInnerContext({ db: this.db, session: signIn ? claimsFor(signIn) : null, request: { id: requestId } }));
  }

  /** A new sign-in for the actor's account, picking up a session version that signing out everywhere moved on. */
  async renewSignIn(actor: Actor) {
    const user = this.userOf(actor);
    if (!user) return;
    const [row] = await this.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    this.signIns.set(user.id, { ...user, sessionVersion: row!.sessionVersion, sessionId: await createSession(this.db, user.id) });
  }

  /**
   * Runs `work` with the actor's consent out of date when the actor is
   * "hpBeforeConsent": the couple's policy moves to a version nobody accepted yet (a
   * new one each time, so an acceptance during one call does not carry over), then back.
   */
  async asActor<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    if (actor !== "hpBeforeConsent") return work();
    const [row] = await this.db.select({ version: couples.secretsPolicyVersion }).from(couples).where(eq(couples.id, this.couple.id));
    this.policyBumps += 1;
    await this.db.update(couples).set({ secretsPolicyVersion: row!.version + 1000 + this.policyBumps }).where(eq(couples.id, this.couple.id));
    try {
      return await work();
    } finally {
      await this.db.update(couples).set({ secretsPolicyVersion: row!.version }).where(eq(couples.id, this.couple.id));
    }
  }

  /** The policy version of the actor's own couple, as the consent page would show it. */
  async policyVersionOf(actor: Actor): Promise<number> {
    const user = this.userOf(actor);
    if (!user || user.role !== "partner") return 1;
    const [row] = await this.db
      .select({ version: couples.secretsPolicyVersion })
      .from(coupleMembers)
      .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
      .where(eq(coupleMembers.userId, user.id));
    return row!.version;
  }

  /** Row counts of every table but the audit trail, within this world's two practices: a refused mutation must leave them all as they were. */
  async rowCounts(): Promise<Record<string, number>> {
    const practiceIds = sql.join([this.base.practice.id, this.base.otherPractice.id].map((id) => sql`${id}::uuid`), sql`, `);
    const within: Record<(typeof SCOPE_COLUMNS)[number] | "id", (column: SQLWrapper) => SQL> = {
      id: (column) => sql`${column} IN (${practiceIds})`,
      practiceId: (column) => sql`${column} IN (${practiceIds})`,
      coupleId: (column) => sql`${column} IN (SELECT id FROM couples WHERE practice_id IN (${practiceIds}))`,
      responseId: (column) => sql`${column} IN (SELECT r.id FROM responses r JOIN couples c ON c.id = r.couple_id WHERE c.practice_id IN (${practiceIds}))`,
      userId: (column) => sql`${column} IN (SELECT id FROM users WHERE practice_id IN (${practiceIds}))`,
      templateId: (column) => sql`${column} IN (SELECT id FROM exercise_templates WHERE practice_id IN (${practiceIds}))`,
    };
    const counts = countedTables.map((table) => {
      const columns = getTableColumns(table);
      const key = getTableName(table) === "practices" ? "id" : SCOPE_COLUMNS.find((name) => name in columns);
      if (!key) throw new Error(`no way to scope ${getTableName(table)} to a practice; add one to SCOPE_COLUMNS`);
      return sql`(SELECT count(*) FROM ${table} WHERE ${within[key](columns[key]!)})::int AS ${sql.identifier(getTableName(table))}`;
    });
    const result: unknown = await this.db.execute(sql`SELECT ${sql.join(counts, sql`, `)}`);
    return (result as { rows: Record<string, number>[] }).rows[0]!;
  }

  private as(actor: Exclude<Actor, "anonymous">) {
    return this.callerAs(actor, randomUUID());
  }

  /** Objects the queries read; nothing changes them, so they are built once. */
  shared(): Promise<SharedTargets> {
    this.sharedTargets ??= (async () => ({
      templateId: await this.practiceTemplate(),
      occurrence: await this.submittedOccurrence(),
      session: await this.session(),
    }))();
    return this.sharedTargets;
  }

  /** A practice exercise of the owner's practice, made in the builder. */
  async practiceTemplate(): Promise<string> {
    const { templateId } = await this.as("owner").library.create({ definition: { ...everyClassDefinition, title: `Matrix exercise ${randomUUID()}` } });
    return templateId;
  }

  /** An every-class exercise due today, one task per partner, neither started. */
  async occurrence() {
    return createEveryClassOccurrence(this.db, { counselor: this.users.owner, coupleId: this.couple.id, partners: this.base.own.partners, timeZone: this.couple.timeZone });
  }

  /** The same, with the hurt partner's answers submitted: every class, so each can be shared, released or requested. */
  async submittedOccurrence() {
    const occurrence = await this.occurrence();
    const submitted = await this.as("hp").task.submit({
      taskId: occurrence.hpTask.id,
      baseVersion: 0,
      answers: { required_note: "r", shared_note: "s", private_note: "p", letter: "l", safety_note: "n" },
      submitKey: randomUUID(),
    });
    return { ...occurrence, responseId: submitted.responseId, responseVersion: submitted.version };
  }

  /** A submitted occurrence whose private answer the hurt partner has shared. */
  async sharedAnswer() {
    const occurrence = await this.submittedOccurrence();
    await this.as("hp").task.share({ taskId: occurrence.hpTask.id, fieldKey: "private_note", confirm: true });
    return occurrence;
  }

  /** An open request from the owner to share the hurt partner's private answer. */
  async shareRequest() {
    const occurrence = await this.submittedOccurrence();
    await this.as("owner").review.requestShare({ responseId: occurrence.responseId, fieldKey: "private_note" });
    const [request] = await this.db.select({ id: shareRequests.id }).from(shareRequests).where(eq(shareRequests.responseId, occurrence.responseId));
    return { ...occurrence, requestId: request!.id };
  }

  async responseVersion(responseId: string): Promise<number> {
    const [row] = await this.db.select({ version: responses.version }).from(responses).where(eq(responses.id, responseId));
    return row!.version;
  }

  /** A scheduled session for the couple, far in the future. */
  async session() {
    return this.as("owner").session.schedule({ coupleId: this.couple.id, date: "2099-01-05", time: "10:00", durationMinutes: 50 });
  }

  /** An unacknowledged flag on the hurt partner's writing. */
  async flag(): Promise<string> {
    const [row] = await this.db
      .insert(flags)
      .values({ coupleId: this.couple.id, authorId: this.users.hp.id, rule: "matrix", severity: "medium" })
      .returning({ id: flags.id });
    return row!.id;
  }

  /** An open coercive-control concern for the couple. */
  async concern(): Promise<string> {
    const [row] = await this.db
      .insert(safetyConcerns)
      .values({ coupleId: this.couple.id, kind: "coercive_control", openedById: this.users.owner.id })
      .returning({ id: safetyConcerns.id });
    return row!.id;
  }

  /** No open violence concern, so the owner may open one. */
  async noOpenViolenceConcern() {
    await this.db
      .update(safetyConcerns)
      .set({ closedAt: new Date(), closedById: this.users.owner.id })
      .where(and(eq(safetyConcerns.coupleId, this.couple.id), eq(safetyConcerns.kind, "violence"), isNull(safetyConcerns.closedAt)));
  }
}

interface SharedTargets {
  templateId: string;
  occurrence: Awaited<ReturnType<MatrixWorld["submittedOccurrence"]>>;
  session: Awaited<ReturnType<MatrixWorld["session"]>>;
}
