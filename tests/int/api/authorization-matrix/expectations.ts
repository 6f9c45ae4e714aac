import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { assignments, disclosures, exerciseTemplates, flags, notifications, responseFields, responses, safetyConcerns, sessionNotes, sessionRecords, shareRequests, tasks } from "@/db/schema";
import { todayIn } from "@/db/schema/_shared/calendar";
import { createCouple, createSession, createUser } from "../../../support/factories";
import { createInvitation } from "../../../support/invitations";
import type { Actor, MatrixWorld, Outcomes } from "./world";

/**
 * THE authorization matrix (security.md A2, A6, A7): for every procedure in the router,
 * what each actor gets when calling it with a valid input aimed at the owner
 * counselor's couple (or, for practice-wide procedures, the owner's practice). Written
 * out by hand and never derived from server/api/policies.ts, so a policy or scope that
 * drifts makes the matrix fail instead of following it.
 */

const ok = "ok";
const NOT_FOUND = "NOT_FOUND";
const FORBIDDEN = "FORBIDDEN";
const UNAUTHORIZED = "UNAUTHORIZED";

/** A counselor procedure about one couple or its objects: only the couple's own counselor. */
const CASELOAD_OBJECT: Outcomes = {
  admin: FORBIDDEN,
  owner: ok,
  colleague: NOT_FOUND,
  foreign: NOT_FOUND,
  hp: FORBIDDEN,
  ip: FORBIDDEN,
  outsider: FORBIDDEN,
  hpBeforeConsent: FORBIDDEN,
  anonymous: UNAUTHORIZED,
};
/** A counselor procedure over the caller's own caseload or library, naming nothing of someone else's. */
const ANY_COUNSELOR: Outcomes = { ...CASELOAD_OBJECT, colleague: ok, foreign: ok };
/** A counselor procedure on an exercise of the owner's practice: the whole practice, nobody outside it. */
const PRACTICE_EXERCISE: Outcomes = { ...CASELOAD_OBJECT, colleague: ok };
const ADMIN_ONLY: Outcomes = { ...CASELOAD_OBJECT, admin: ok, owner: FORBIDDEN, colleague: FORBIDDEN, foreign: FORBIDDEN };
/** A partner procedure on the hurt partner's own task or answers. */
const HP_OWN: Outcomes = {
  admin: FORBIDDEN,
  owner: FORBIDDEN,
  colleague: FORBIDDEN,
  foreign: FORBIDDEN,
  hp: ok,
  ip: NOT_FOUND,
  outsider: NOT_FOUND,
  hpBeforeConsent: FORBIDDEN,
  anonymous: UNAUTHORIZED,
};
/** A partner procedure without an id: each partner gets their own. */
const EACH_PARTNER: Outcomes = { ...HP_OWN, ip: ok, outsider: ok };
/** Reading and accepting the confidentiality policy: the one thing a partner can do before accepting it. */
const CONSENT: Outcomes = { ...EACH_PARTNER, hpBeforeConsent: ok };
/** The caller's own account. */
const SELF: Outcomes = { admin: ok, owner: ok, colleague: ok, foreign: ok, hp: ok, ip: ok, outsider: ok, hpBeforeConsent: ok, anonymous: UNAUTHORIZED };

/** The caller's own reminder settings: partners and counselors; admins get no reminders. */
const REMINDER_SELF: Outcomes = { ...SELF, admin: FORBIDDEN };
/** The caller's own notifications: counselors and partners (after accepting the policy); admins have none. */
const OWN_NOTIFICATIONS: Outcomes = { ...SELF, admin: FORBIDDEN, hpBeforeConsent: FORBIDDEN };

/** The caller's own account, refused on a wrong password or code (see Outcome in world.ts). */
const SECRET_REFUSED: Outcomes = { ...SELF, admin: "BAD_REQUEST", owner: "BAD_REQUEST", colleague: "BAD_REQUEST", foreign: "BAD_REQUEST", hp: "BAD_REQUEST", ip: "BAD_REQUEST", outsider: "BAD_REQUEST", hpBeforeConsent: "BAD_REQUEST" };

/** The caller's own account, refused because it has no set-up in progress. */
const NO_SETUP: Outcomes = Object.fromEntries(Object.entries(SECRET_REFUSED).map(([actor, outcome]) => [actor, outcome === "BAD_REQUEST" ? "CONFLICT" : outcome])) as Outcomes;

/** A public procedure given a link that was never issued: the same answer for everyone, signed in or not. */
const PUBLIC_UNKNOWN_LINK: Outcomes = { admin: NOT_FOUND, owner: NOT_FOUND, colleague: NOT_FOUND, foreign: NOT_FOUND, hp: NOT_FOUND, ip: NOT_FOUND, outsider: NOT_FOUND, hpBeforeConsent: NOT_FOUND, anonymous: NOT_FOUND };
/** A public procedure anyone may call. */
const PUBLIC: Outcomes = { ...SELF, anonymous: ok };
/** Inviting a partner: only the couple's counselor; an admin invites counselors, so a partner is unknown to them. */
const INVITE_PARTNER: Outcomes = { ...CASELOAD_OBJECT, admin: NOT_FOUND };
/** A link token nobody issued (43 base64url characters). */
const unknownToken = () => randomBytes(32).toString("base64url");

interface CallContext {
  world: MatrixWorld;
  actor: Actor;
}

export interface Entry<T> {
  outcomes: Outcomes;
  /**
   * Builds what the call aims at. Queries may share objects; a mutation gets a fresh
   * target for each actor expected to succeed, so every success starts from the same state.
   */
  target: (world: MatrixWorld) => Promise<T>;
  input: (target: T, call: CallContext) => unknown;
  /** Rows a refused mutation must leave exactly as they were (row counts of every table are checked anyway). */
  rows?: (target: T, world: MatrixWorld) => Promise<unknown>;
  /** The call ends the caller's sign-in; the runner gives them a new one afterwards. */
  endsSignIn?: true;
  /** A wrong password is itself audited as one denied attempt on the caller's own account. */
  auditsWrongSecret?: true;
}

/** Keeps each entry's target type for its own input builder. */
function entry<T>(definition: Entry<T>): Entry<unknown> {
  return definition as Entry<unknown>;
}

const none = () => Promise.resolve(undefined);
const today = (world: MatrixWorld) => todayIn(world.couple.timeZone);
const uniqueTag = () => randomUUID().slice(0, 8);

const rowsWhere = {
  assignment: (world: MatrixWorld, id: string) => world.db.select().from(assignments).where(eq(assignments.id, id)),
  task: (world: MatrixWorld, id: string) => world.db.select().from(tasks).where(eq(tasks.id, id)),
  response: async (world: MatrixWorld, id: string) => ({
    response: await world.db.select().from(responses).where(eq(responses.id, id)),
    fields: await world.db.select().from(responseFields).where(eq(responseFields.responseId, id)).orderBy(responseFields.fieldKey),
    disclosures: await world.db.select().from(disclosures).where(eq(disclosures.responseId, id)).orderBy(disclosures.id),
    requests: await world.db.select().from(shareRequests).where(eq(shareRequests.responseId, id)).orderBy(shareRequests.id),
  }),
  session: async (world: MatrixWorld, id: string) => ({
    session: await world.db.select().from(sessionRecords).where(eq(sessionRecords.id, id)),
    notes: await world.db.select().from(sessionNotes).where(eq(sessionNotes.sessionId, id)),
  }),
  template: (world: MatrixWorld, id: string) => world.db.select().from(exerciseTemplates).where(eq(exerciseTemplates.id, id)),
};

export const MATRIX: Record<string, Entry<unknown>> = {
  "viewer.me": entry({ outcomes: SELF, target: none, input: () => undefined }),
  "account.signOut": entry({ outcomes: SELF, target: none, input: () => undefined, endsSignIn: true }),
  "account.signOutEverywhere": entry({ outcomes: SELF, target: none, input: () => undefined, endsSignIn: true }),
  // Two-step verification and passwords: the caller's own account only. A wrong password or
  // code is the caller's own secret refused, after every authorization check has passed.
  "account.twoFactorStatus": entry({ outcomes: SELF, target: none, input: () => undefined }),
  // Staff sign-ins here have already passed the code; partners have no authenticator.
  "account.verifyTwoFactor": entry({ outcomes: { ...NO_SETUP, admin: ok, owner: ok, colleague: ok, foreign: ok }, target: none, input: () => ({ code: "000000" }) }),
  "account.beginTwoFactorSetup": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ password: "not-the-password-0" }) }),
  "account.confirmTwoFactorSetup": entry({ outcomes: NO_SETUP, target: none, input: () => ({ code: "000000" }) }),
  "account.regenerateRecoveryCodes": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ password: "not-the-password-0", code: "000000" }) }),
  "account.beginAuthenticatorReplacement": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ password: "not-the-password-0", code: "000000" }) }),
  "account.confirmAuthenticatorReplacement": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ code: "000000", pending: "x" }) }),
  "account.disableTwoFactor": entry({ outcomes: { ...SECRET_REFUSED, admin: FORBIDDEN, owner: FORBIDDEN, colleague: FORBIDDEN, foreign: FORBIDDEN }, target: none, input: () => ({ password: "not-the-password-0", code: "000000" }) }),
  "account.changePassword": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ currentPassword: "not-the-password-0", newPassword: "a long and unusual passphrase 42" }), auditsWrongSecret: true }),
  "account.keepAlive": entry({ outcomes: SELF, target: none, input: () => undefined }),
  "account.idleStatus": entry({ outcomes: SELF, target: none, input: () => undefined }),
  "account.sessions": entry({ outcomes: SELF, target: none, input: () => undefined }),
  // Another sign-in of the hurt partner's: only they may end it; to anyone else it doesn't exist.
  "account.endSession": entry({
    outcomes: { ...SELF, admin: NOT_FOUND, owner: NOT_FOUND, colleague: NOT_FOUND, foreign: NOT_FOUND, ip: NOT_FOUND, outsider: NOT_FOUND },
    target: (world) => createSession(world.db, world.userOf("hp")!.id),
    input: (sessionId) => ({ sessionId }),
  }),

  "notification.list": entry({ outcomes: OWN_NOTIFICATIONS, target: none, input: () => undefined }),
  "notification.unreadCount": entry({ outcomes: OWN_NOTIFICATIONS, target: none, input: () => undefined }),
  "notification.markAllRead": entry({ outcomes: OWN_NOTIFICATIONS, target: none, input: () => undefined }),
  // One of the hurt partner's notifications: only they may mark it; to anyone else it doesn't exist.
  "notification.markRead": entry({
    outcomes: { ...OWN_NOTIFICATIONS, owner: NOT_FOUND, colleague: NOT_FOUND, foreign: NOT_FOUND, ip: NOT_FOUND, outsider: NOT_FOUND },
    target: async (world) => {
      const [row] = await world.db
        .insert(notifications)
        .values({ userId: world.userOf("hp")!.id, kind: "task_assigned", coupleId: world.couple.id })
        .returning({ id: notifications.id });
      return row!.id;
    },
    input: (notificationId) => ({ notificationId }),
    rows: (notificationId, world) => world.db.select().from(notifications).where(eq(notifications.id, notificationId)),
  }),

  "consent.get": entry({ outcomes: CONSENT, target: none, input: () => undefined }),
  "consent.accept": entry({
    outcomes: CONSENT,
    target: none,
    input: async (_target, { world, actor }) => ({ policyVersion: await world.policyVersionOf(actor) }),
  }),

  "couple.list": entry({ outcomes: ANY_COUNSELOR, target: none, input: () => undefined }),
  "couple.get": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),
  "couple.create": entry({
    outcomes: ANY_COUNSELOR,
    target: none,
    input: () => {
      const tag = uniqueTag();
      return {
        displayName: `Matrix couple ${tag}`,
        timeZone: "Europe/Berlin",
        secretsPolicy: "limited_secrets",
        partners: [
          { displayName: "Robin Example", email: `robin-${tag}@example.test`, label: "hurt" },
          { displayName: "Kai Example", email: `kai-${tag}@example.test`, label: "involved" },
        ],
      };
    },
  }),

  "assignment.create": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.shared().then((shared) => shared.templateId),
    input: (templateId, { world }) => ({
      coupleId: world.couple.id,
      templateId,
      audience: "each",
      startsOn: today(world),
      schedule: { kind: "once", dueOn: today(world) },
      visibilityOverrides: {},
    }),
  }),
  "assignment.getForEdit": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.shared(),
    input: (shared) => ({ assignmentId: shared.occurrence.assignment.id }),
  }),
  "assignment.update": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.occurrence(),
    input: (occurrence) => ({
      assignmentId: occurrence.assignment.id,
      baseVersion: occurrence.assignment.version,
      schedule: { kind: "once", dueOn: occurrence.dueOn },
      noteToCouple: "Take your time with this one.",
      visibilityOverrides: {},
    }),
    rows: (occurrence, world) => rowsWhere.assignment(world, occurrence.assignment.id),
  }),
  "assignment.setStatus": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.occurrence(),
    input: (occurrence) => ({ assignmentId: occurrence.assignment.id, action: "pause" }),
    rows: (occurrence, world) => rowsWhere.assignment(world, occurrence.assignment.id),
  }),
  "assignment.listForCouple": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),

  "today.get": entry({ outcomes: EACH_PARTNER, target: none, input: () => undefined }),
  "task.get": entry({ outcomes: HP_OWN, target: (world) => world.shared(), input: (shared) => ({ taskId: shared.occurrence.hpTask.id }) }),
  "task.saveDraft": entry({
    outcomes: HP_OWN,
    target: (world) => world.occurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, baseVersion: 0, answers: { shared_note: "draft" } }),
    rows: (occurrence, world) => rowsWhere.task(world, occurrence.hpTask.id),
  }),
  "task.submit": entry({
    outcomes: HP_OWN,
    target: (world) => world.occurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, baseVersion: 0, answers: { required_note: "r" }, submitKey: randomUUID() }),
    rows: (occurrence, world) => rowsWhere.task(world, occurrence.hpTask.id),
  }),
  "task.amend": entry({
    outcomes: HP_OWN,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, baseVersion: occurrence.responseVersion, answers: { required_note: "amended" } }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "task.skip": entry({
    outcomes: HP_OWN,
    target: (world) => world.occurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, reason: "no_time" }),
    rows: (occurrence, world) => rowsWhere.task(world, occurrence.hpTask.id),
  }),
  "task.share": entry({
    outcomes: HP_OWN,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, fieldKey: "private_note", confirm: true }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "task.stopSharing": entry({
    outcomes: HP_OWN,
    target: (world) => world.sharedAnswer(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, fieldKey: "private_note" }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "task.setReleaseOffer": entry({
    outcomes: HP_OWN,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, fieldKey: "letter", offered: false }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "task.answerShareRequest": entry({
    outcomes: HP_OWN,
    target: (world) => world.shareRequest(),
    input: (occurrence) => ({ requestId: occurrence.requestId, accept: false }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "task.pin": entry({
    outcomes: HP_OWN,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ taskId: occurrence.hpTask.id, pinned: true }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),

  "review.assignment": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.shared(),
    input: (shared) => ({ assignmentId: shared.occurrence.assignment.id }),
  }),
  "review.occurrence": entry({ outcomes: CASELOAD_OBJECT, target: (world) => world.shared(), input: (shared) => ({ taskId: shared.occurrence.hpTask.id }) }),
  "review.release": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ responseId: occurrence.responseId, fieldKey: "letter" }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),
  "review.requestShare": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.submittedOccurrence(),
    input: (occurrence) => ({ responseId: occurrence.responseId, fieldKey: "private_note" }),
    rows: (occurrence, world) => rowsWhere.response(world, occurrence.responseId),
  }),

  "prep.caseload": entry({ outcomes: ANY_COUNSELOR, target: none, input: () => undefined }),
  "prep.couple": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),

  "session.schedule": entry({
    outcomes: CASELOAD_OBJECT,
    target: none,
    input: (_target, { world }) => ({ coupleId: world.couple.id, date: "2099-02-02", time: "09:30", durationMinutes: 50 }),
  }),
  "session.reschedule": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.session(),
    input: (session) => ({ sessionId: session.id, date: "2099-03-03", time: "11:00", durationMinutes: 60, baseVersion: session.version }),
    rows: (session, world) => rowsWhere.session(world, session.id),
  }),
  "session.setStatus": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.session(),
    input: (session) => ({ sessionId: session.id, status: "cancelled", baseVersion: session.version }),
    rows: (session, world) => rowsWhere.session(world, session.id),
  }),
  "session.saveAgenda": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.session(),
    input: (session) => ({ sessionId: session.id, baseVersion: session.version, items: [{ text: "Check in", done: false }] }),
    rows: (session, world) => rowsWhere.session(world, session.id),
  }),
  "session.saveNote": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.session(),
    input: (session) => ({ sessionId: session.id, baseVersion: 0, body: "A note" }),
    rows: (session, world) => rowsWhere.session(world, session.id),
  }),

  "flag.acknowledge": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.flag(),
    input: (flagId) => ({ flagId, actionTaken: "Called; safety plan reviewed" }),
    rows: (flagId, world) => world.db.select().from(flags).where(eq(flags.id, flagId)),
  }),
  "concern.open": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.noOpenViolenceConcern(),
    input: (_target, { world }) => ({ coupleId: world.couple.id, kind: "violence" }),
  }),
  "concern.close": entry({
    outcomes: CASELOAD_OBJECT,
    target: (world) => world.concern(),
    input: (concernId) => ({ concernId }),
    rows: (concernId, world) => world.db.select().from(safetyConcerns).where(eq(safetyConcerns.id, concernId)),
  }),

  "library.list": entry({ outcomes: ANY_COUNSELOR, target: none, input: () => ({}) }),
  "library.get": entry({ outcomes: PRACTICE_EXERCISE, target: (world) => world.shared(), input: (shared) => ({ templateId: shared.templateId }) }),
  "library.create": entry({
    outcomes: ANY_COUNSELOR,
    target: none,
    input: () => ({ definition: { title: `Matrix create ${uniqueTag()}`, phase: "p1", audience: "each", sections: [{ key: "s", title: "S", fields: [{ key: "q", type: "short_text", label: "Q", visibility: "shared" }] }] } }),
  }),
  "library.saveVersion": entry({
    outcomes: PRACTICE_EXERCISE,
    target: (world) => world.practiceTemplate(),
    input: (templateId) => ({
      templateId,
      basedOnVersion: 1,
      definition: { title: `Matrix edit ${uniqueTag()}`, phase: "p1", audience: "each", sections: [{ key: "s", title: "S", fields: [{ key: "q", type: "short_text", label: "Q", visibility: "shared" }] }] },
    }),
    rows: (templateId, world) => rowsWhere.template(world, templateId),
  }),
  "library.duplicate": entry({ outcomes: PRACTICE_EXERCISE, target: (world) => world.practiceTemplate(), input: (templateId) => ({ templateId }) }),
  "library.setArchived": entry({
    outcomes: PRACTICE_EXERCISE,
    target: (world) => world.practiceTemplate(),
    input: (templateId) => ({ templateId, archived: true }),
    rows: (templateId, world) => rowsWhere.template(world, templateId),
  }),
  "library.importInstrument": entry({
    outcomes: ANY_COUNSELOR,
    target: none,
    input: () => ({
      json: JSON.stringify({
        title: `Matrix scale ${uniqueTag()}`,
        phase: "p0",
        audience: "each",
        source: { name: "Matrix scale (test fixture)", standardized: true, citation: "Test, 2026" },
        sections: [{ key: "items", title: "Items", fields: [{ key: "q1", type: "likert_5", label: "Item one", required: true, visibility: "counselor_only" }] }],
        scoring: { scores: [{ key: "total", label: "Total", method: "sum", items: [{ field: "q1" }], range: { min: 1, max: 5 } }] },
      }),
    }),
  }),
  "library.checkPreview": entry({
    outcomes: PRACTICE_EXERCISE,
    target: (world) => world.shared(),
    input: (shared) => ({ templateId: shared.templateId, version: 1, variant: "hp", answers: { required_note: "preview" } }),
  }),

  "audit.forCouple": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),
  "audit.forPractice": entry({ outcomes: ADMIN_ONLY, target: none, input: () => ({}) }),
  "reminders.preferences": entry({ outcomes: REMINDER_SELF, target: none, input: () => undefined }),
  "reminders.savePreferences": entry({
    outcomes: REMINDER_SELF,
    target: none,
    input: () => ({ emailReminders: true, reminderTime: "19:30", quietHours: true, quietStart: "22:00", quietEnd: "07:00", discreet: true, timeZone: "" }),
  }),
  "practice.listCounselors": entry({ outcomes: ADMIN_ONLY, target: none, input: () => undefined }),
  "practice.safetySettings": entry({ outcomes: ADMIN_ONLY, target: none, input: () => undefined }),
  "practice.saveCrisisResources": entry({ outcomes: ADMIN_ONLY, target: none, input: () => ({ resources: null }) }),
  "practice.savePolicyWording": entry({
    outcomes: ADMIN_ONLY,
    target: none,
    input: () => ({ policy: "no_secrets", body: `Matrix wording ${uniqueTag()}: what each of you writes privately stays with your counselor unless you choose to share it.` }),
  }),
  "couple.export": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),
  "account.exportMyData": entry({ outcomes: EACH_PARTNER, target: none, input: () => undefined }),
  "practice.couples": entry({ outcomes: ADMIN_ONLY, target: none, input: () => ({}) }),
  // Aimed at the owner's couple and its own counselor (or its current status), so a success changes nothing the other entries rely on.
  "practice.reassignCouple": entry({ outcomes: ADMIN_ONLY, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id, counselorId: world.userOf("owner")!.id }) }),
  "practice.setCoupleArchived": entry({ outcomes: ADMIN_ONLY, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id, archived: false }) }),
  "practice.settings": entry({ outcomes: ADMIN_ONLY, target: none, input: () => undefined }),
  "practice.saveSettings": entry({ outcomes: ADMIN_ONLY, target: none, input: () => ({ name: `Matrix practice ${uniqueTag()}`, timeZone: "America/Chicago" }) }),
  // Invitations: a counselor invites the partners of their own couples; the links themselves are public.
  "invitation.listForCouple": entry({ outcomes: CASELOAD_OBJECT, target: none, input: (_target, { world }) => ({ coupleId: world.couple.id }) }),
  "invitation.send": entry({
    outcomes: INVITE_PARTNER,
    target: async (world) => (await createCouple(world.db, { counselor: world.base.counselor })).partners[0].id,
    input: (userId) => ({ userId }),
  }),
  "invitation.revoke": entry({
    outcomes: INVITE_PARTNER,
    target: async (world) => {
      const { couple, partners } = await createCouple(world.db, { counselor: world.base.counselor });
      await createInvitation(world.db, { user: partners[0], invitedBy: world.base.counselor, coupleId: couple.id });
      return partners[0].id;
    },
    input: (userId) => ({ userId }),
  }),
  "invitation.inspect": entry({ outcomes: PUBLIC, target: none, input: () => ({ token: unknownToken() }) }),
  "invitation.accept": entry({ outcomes: PUBLIC_UNKNOWN_LINK, target: none, input: () => ({ token: unknownToken(), password: "a long and unusual passphrase 42" }) }),
  "account.requestEmailChange": entry({ outcomes: SECRET_REFUSED, target: none, input: () => ({ newEmail: `matrix-${uniqueTag()}@example.test`, currentPassword: "not-the-password-0" }), auditsWrongSecret: true }),
  "account.requestPasswordReset": entry({ outcomes: PUBLIC, target: none, input: () => ({ email: `nobody-${uniqueTag()}@example.test` }) }),
  "account.resetPassword": entry({ outcomes: PUBLIC_UNKNOWN_LINK, target: none, input: () => ({ token: unknownToken(), newPassword: "a long and unusual passphrase 42" }) }),
  "account.inspectLink": entry({ outcomes: PUBLIC, target: none, input: () => ({ purpose: "password_reset", token: unknownToken() }) }),
  "account.confirmEmailChange": entry({ outcomes: PUBLIC_UNKNOWN_LINK, target: none, input: () => ({ token: unknownToken() }) }),
  "practice.inviteCounselor": entry({ outcomes: ADMIN_ONLY, target: none, input: () => ({ displayName: "Matrix Counselor", email: `counselor-${uniqueTag()}@example.test` }) }),
  "practice.setAccountDisabled": entry({
    outcomes: ADMIN_ONLY,
    target: async (world) => (await createUser(world.db, { practiceId: world.base.practice.id, role: "counselor" })).id,
    input: (userId) => ({ userId, disabled: true }),
  }),
  // Crisis lines: every partner, their own practice's, before consent too.
  "help.resources": entry({ outcomes: CONSENT, target: none, input: () => undefined }),
};
