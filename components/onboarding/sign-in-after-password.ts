"use client";

import { getSession, signIn } from "next-auth/react";
import { LANDING_PATHS } from "@/server/auth/landing";
import { twoFactorStepPath } from "@/server/auth/two-factor-step";

/**
 * Signs in with the password just chosen and answers where to go: the two-step set-up
 * for staff (who must add an authenticator), otherwise the role's start page (partners
 * meet the confidentiality policy there first). Null if the sign-in didn't work.
 */
export async function signInWithNewPassword(
  email: string,
  password: string,
  twoFactorStatus: () => Promise<{ enrolled: boolean; satisfied: boolean }>,
): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result?.ok) return null;
  const step = twoFactorStepPath(await twoFactorStatus());
  if (step) return step;
  const role = (await getSession())?.claims?.role;
  return role ? LANDING_PATHS[role] : "/";
}
