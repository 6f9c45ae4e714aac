/**
 * Where a sign-in that hasn't passed two-step verification goes: the code step, or
 * setting up an authenticator (staff who have none). Null when it may go on. Shared by
 * the layouts and the sign-in form.
 */
export function twoFactorStepPath(state: { enrolled: boolean; satisfied: boolean }): string | null {
  if (state.satisfied) return null;
  return state.enrolled ? "/login/two-factor" : "/login/two-factor/setup";
}
