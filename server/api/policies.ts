import type { Role } from "../auth/viewer";

/**
 * Who may call each procedure, and which rows it may touch. Every procedure names its
 * entry here in `.meta({ policy })`; a procedure without one is refused at run time
 * and fails tests/int/api/policy-completeness.int.test.ts.
 *
 * Scopes (enforced by the service, which filters every query by them):
 * - self: the caller's own account
 * - practice: the caller's practice, non-clinical data only
 * - caseload: couples assigned to the calling counselor
 * - own-couple: the calling partner's couple, and only what that partner may see
 * - library: built-in templates plus the caller's practice's own; partners reach a
 *   template only through their own tasks, never through these procedures
 */
export type Scope = "public" | "self" | "practice" | "caseload" | "own-couple" | "library";

export interface Policy {
  roles: readonly Role[] | "public";
  scope: Scope;
  summary: string;
  /** A partner may call it before accepting the couple's confidentiality policy; every other partner call waits for that. */
  beforeConsent?: true;
  /** Callable before this sign-in has passed two-step verification; every other call waits for that. */
  beforeMfa?: true;
}

const everyone: readonly Role[] = ["admin", "counselor", "partner"];

export const POLICIES = {
  "account.keepAlive": { roles: everyone, scope: "self", summary: "Stay signed in when the idle warning shows", beforeConsent: true, beforeMfa: true },
  "account.idleStatus": { roles: everyone, scope: "self", summary: "How long until your own sign-in lapses for inactivity", beforeConsent: true, beforeMfa: true },
  "account.sessions": { roles: everyone, scope: "self", summary: "See where your own account is signed in", beforeConsent: true },
  "account.endSession": { roles: everyone, scope: "self", summary: "End one of your own sign-ins on another device", beforeConsent: true },
  "viewer.me": { roles: everyone, scope: "self", summary: "Read your own profile", beforeConsent: true, beforeMfa: true },
  "account.signOut": { roles: everyone, scope: "self", summary: "End the current session of your own account", beforeConsent: true, beforeMfa: true },
  "account.signOutEverywhere": { roles: everyone, scope: "self", summary: "End every session of your own account", beforeConsent: true, beforeMfa: true },
  "account.twoFactorStatus": { roles: everyone, scope: "self", summary: "Read whether your account uses two-step verification and whether this sign-in has passed it", beforeConsent: true, beforeMfa: true },
  "account.verifyTwoFactor": { roles: everyone, scope: "self", summary: "Pass two-step verification for this sign-in with a code or a recovery code", beforeConsent: true, beforeMfa: true },
  "account.beginTwoFactorSetup": { roles: everyone, scope: "self", summary: "Start setting up an authenticator for your account (asks for your password)", beforeConsent: true, beforeMfa: true },
  "account.confirmTwoFactorSetup": { roles: everyone, scope: "self", summary: "Finish setting up your authenticator with its first code and receive recovery codes", beforeConsent: true, beforeMfa: true },
  "account.regenerateRecoveryCodes": { roles: everyone, scope: "self", summary: "Replace your recovery codes (asks for your password and a code)", beforeConsent: true },
  "account.beginAuthenticatorReplacement": { roles: everyone, scope: "self", summary: "Start moving two-step verification to a new authenticator (asks for your password and a code)", beforeConsent: true },
  "account.confirmAuthenticatorReplacement": { roles: everyone, scope: "self", summary: "Finish moving to a new authenticator with its first code", beforeConsent: true },
  "account.disableTwoFactor": { roles: ["partner"], scope: "self", summary: "Turn off two-step verification for your own account (asks for your password and a code)", beforeConsent: true },
  "account.changePassword": { roles: everyone, scope: "self", summary: "Change your password and sign out your other devices", beforeConsent: true },
  "notification.list": { roles: ["counselor", "partner"], scope: "self", summary: "Read your own notifications, worded for you" },
  "notification.unreadCount": { roles: ["counselor", "partner"], scope: "self", summary: "Count your own unread notifications" },
  "notification.markRead": { roles: ["counselor", "partner"], scope: "self", summary: "Mark one of your own notifications read" },
  "notification.markAllRead": { roles: ["counselor", "partner"], scope: "self", summary: "Mark all your own notifications read" },
  "consent.get": { roles: ["partner"], scope: "own-couple", summary: "Read your couple's confidentiality policy and whether you have accepted it", beforeConsent: true },
  "consent.accept": { roles: ["partner"], scope: "own-couple", summary: "Accept your couple's confidentiality policy at its current version", beforeConsent: true },
  "couple.list": { roles: ["counselor"], scope: "caseload", summary: "List the couples on your caseload" },
  "couple.get": { roles: ["counselor"], scope: "caseload", summary: "Read one couple on your caseload" },
  "couple.export": { roles: ["counselor"], scope: "caseload", summary: "Export a caseload couple's record, without private session notes" },
  "account.exportMyData": { roles: ["partner"], scope: "own-couple", summary: "Download your own answers, what was shared with you, and your consent records" },
  "couple.create": { roles: ["counselor"], scope: "caseload", summary: "Add a couple to your caseload" },
  "assignment.create": { roles: ["counselor"], scope: "caseload", summary: "Assign an exercise to a couple on your caseload" },
  "assignment.getForEdit": { roles: ["counselor"], scope: "caseload", summary: "Read a caseload couple's homework to edit it" },
  "assignment.update": { roles: ["counselor"], scope: "caseload", summary: "Change the schedule, note or privacy of a caseload couple's homework" },
  "assignment.setStatus": { roles: ["counselor"], scope: "caseload", summary: "Pause, resume or end homework of a caseload couple" },
  "assignment.listForCouple": { roles: ["counselor"], scope: "caseload", summary: "Read a caseload couple's homework and completion" },
  "today.get": { roles: ["partner"], scope: "own-couple", summary: "Read your own tasks for today and what was shared with you" },
  "task.get": { roles: ["partner"], scope: "own-couple", summary: "Open one of your own tasks" },
  "task.saveDraft": { roles: ["partner"], scope: "own-couple", summary: "Save your draft answers to one of your tasks" },
  "task.submit": { roles: ["partner"], scope: "own-couple", summary: "Submit your answers to one of your tasks, once" },
  "task.amend": { roles: ["partner"], scope: "own-couple", summary: "Amend your submitted answers as a new revision" },
  "task.skip": { roles: ["partner"], scope: "own-couple", summary: "Skip one of your own tasks, with an optional reason" },
  "task.share": { roles: ["partner"], scope: "own-couple", summary: "Share one of your private answers with your partner" },
  "task.stopSharing": { roles: ["partner"], scope: "own-couple", summary: "Stop sharing one of your answers" },
  "task.setReleaseOffer": { roles: ["partner"], scope: "own-couple", summary: "Hold back or offer again an answer your counselor releases" },
  "task.answerShareRequest": { roles: ["partner"], scope: "own-couple", summary: "Accept or decline your counselor's request to share an answer" },
  "task.pin": { roles: ["partner"], scope: "own-couple", summary: "Mark your own submitted answers to talk about in your next session" },
  "prep.caseload": { roles: ["counselor"], scope: "caseload", summary: "Read every caseload couple's completion, flag counts, trends and attention order" },
  "prep.couple": { roles: ["counselor"], scope: "caseload", summary: "Read a caseload couple's session-prep view, including private session notes" },
  "session.schedule": { roles: ["counselor"], scope: "caseload", summary: "Add a session for a caseload couple" },
  "session.reschedule": { roles: ["counselor"], scope: "caseload", summary: "Move a caseload couple's session" },
  "session.setStatus": { roles: ["counselor"], scope: "caseload", summary: "Mark a caseload couple's session held, cancelled or scheduled" },
  "session.saveAgenda": { roles: ["counselor"], scope: "caseload", summary: "Save the agenda of a caseload couple's session" },
  "session.saveNote": { roles: ["counselor"], scope: "caseload", summary: "Save your private note for a caseload couple's session" },
  "flag.acknowledge": { roles: ["counselor"], scope: "caseload", summary: "Acknowledge a caseload couple's safety flag and record the action taken" },
  "concern.open": { roles: ["counselor"], scope: "caseload", summary: "Open a violence or coercive-control concern for a caseload couple" },
  "concern.close": { roles: ["counselor"], scope: "caseload", summary: "Close a caseload couple's violence or coercive-control concern" },
  "review.assignment": { roles: ["counselor"], scope: "caseload", summary: "Read one homework assignment and its completion" },
  "review.occurrence": { roles: ["counselor"], scope: "caseload", summary: "Read both partners' submitted answers for one day of homework" },
  "review.release": { roles: ["counselor"], scope: "caseload", summary: "Release a release-gated answer to the other partner" },
  "review.requestShare": { roles: ["counselor"], scope: "caseload", summary: "Ask the author to share a private answer" },
  "library.list": { roles: ["counselor"], scope: "library", summary: "Browse and search the exercise library" },
  "library.get": { roles: ["counselor"], scope: "library", summary: "Read one exercise and its versions" },
  "library.create": { roles: ["counselor"], scope: "library", summary: "Create a practice exercise in the builder" },
  "library.saveVersion": { roles: ["counselor"], scope: "library", summary: "Save an edited practice exercise as a new version" },
  "library.duplicate": { roles: ["counselor"], scope: "library", summary: "Copy an exercise into a practice exercise to adapt" },
  "library.setArchived": { roles: ["counselor"], scope: "library", summary: "Archive or restore a practice exercise" },
  "library.importInstrument": { roles: ["counselor"], scope: "library", summary: "Import a measure's JSON definition" },
  "library.checkPreview": { roles: ["counselor"], scope: "library", summary: "Check preview answers against an exercise, saving nothing" },
  "audit.forCouple": { roles: ["counselor"], scope: "caseload", summary: "See who read or changed a caseload couple's records" },
  "audit.forPractice": { roles: ["admin"], scope: "practice", summary: "See the practice's access log, with filters" },
  "practice.safetySettings": { roles: ["admin"], scope: "practice", summary: "Read the practice's crisis resources and confidentiality wording" },
  "practice.saveCrisisResources": { roles: ["admin"], scope: "practice", summary: "Set the crisis resources the practice's clients see" },
  "practice.savePolicyWording": { roles: ["admin"], scope: "practice", summary: "Publish the practice's wording of a confidentiality policy; partners accept it again" },
  "help.resources": { roles: ["partner"], scope: "own-couple", summary: "Read your practice's crisis resources", beforeConsent: true, beforeMfa: true },
  "reminders.preferences": { roles: ["partner", "counselor"], scope: "self", summary: "Read your own reminder email settings", beforeConsent: true },
  "reminders.savePreferences": { roles: ["partner", "counselor"], scope: "self", summary: "Choose when and how you get reminder emails", beforeConsent: true },
  "practice.listCounselors": { roles: ["admin"], scope: "practice", summary: "List the practice's counselors" },
  "practice.couples": { roles: ["admin"], scope: "practice", summary: "List the practice's couples: names, status, counselor and whether partners joined, nothing clinical" },
  "practice.reassignCouple": { roles: ["admin"], scope: "practice", summary: "Move a couple of the practice to another active counselor" },
  "practice.setCoupleArchived": { roles: ["admin"], scope: "practice", summary: "Archive a couple of the practice (read-only) or restore it" },
  "practice.settings": { roles: ["admin"], scope: "practice", summary: "Read the practice's name and default time zone" },
  "practice.saveSettings": { roles: ["admin"], scope: "practice", summary: "Change the practice's name and default time zone" },
  "invitation.listForCouple": { roles: ["counselor"], scope: "caseload", summary: "See whether each partner of a caseload couple has been invited or has joined" },
  "invitation.send": { roles: ["counselor", "admin"], scope: "caseload", summary: "Send or resend the invitation of a partner on your caseload (counselor) or a counselor of your practice (admin)" },
  "invitation.revoke": { roles: ["counselor", "admin"], scope: "caseload", summary: "Stop the invitation link of a partner on your caseload (counselor) or a counselor of your practice (admin)" },
  "invitation.inspect": { roles: "public", scope: "public", summary: "Check an invitation link before choosing a password", beforeConsent: true, beforeMfa: true },
  "invitation.accept": { roles: "public", scope: "public", summary: "Accept an invitation by choosing a password; the link works once", beforeConsent: true, beforeMfa: true },
  "account.requestEmailChange": { roles: everyone, scope: "self", summary: "Ask to move your sign-in email (asks for your password); the link goes to the new address", beforeConsent: true },
  "account.requestPasswordReset": { roles: "public", scope: "public", summary: "Ask for a password reset link; the same answer whether or not the address has an account", beforeConsent: true, beforeMfa: true },
  "account.resetPassword": { roles: "public", scope: "public", summary: "Choose a new password from a reset link; the link works once and every sign-in ends", beforeConsent: true, beforeMfa: true },
  "account.inspectLink": { roles: "public", scope: "public", summary: "Check a reset or email-change link before using it", beforeConsent: true, beforeMfa: true },
  "account.confirmEmailChange": { roles: "public", scope: "public", summary: "Confirm a new sign-in email from its link; every sign-in ends", beforeConsent: true, beforeMfa: true },
  "practice.inviteCounselor": { roles: ["admin"], scope: "practice", summary: "Add a counselor account to the practice and email its invitation" },
  "practice.setAccountDisabled": { roles: ["admin"], scope: "practice", summary: "Disable (signing out at once) or re-enable a counselor or partner account of the practice" },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

export function findPolicy(name: string | undefined): Policy | undefined {
  return name !== undefined && Object.hasOwn(POLICIES, name) ? POLICIES[name as PolicyName] : undefined;
}
