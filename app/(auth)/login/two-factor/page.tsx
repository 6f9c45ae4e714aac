import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorStep } from "@/components/auth/two-factor-step";
import { getCurrentViewer, loadForPage } from "@/server/api/request-context";
import { nextPathFor } from "./next-path";

export const metadata = { title: "Two-step verification" };

/** The second step of signing in, for accounts with an authenticator. */
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect("/login");
  const next = nextPathFor(viewer, (await searchParams).callbackUrl);
  if (viewer.mfaSatisfied) redirect(next);
  if (!viewer.mfaEnrolled) redirect("/login/two-factor/setup");
  const status = await loadForPage((caller) => caller.account.twoFactorStatus());

  return (
    <AuthCard
      title="Enter your code"
      description="Your account uses two-step verification. Enter the code from your authenticator app to finish signing in."
      footer={<SignOutButton label="Sign in as someone else" />}
    >
      <TwoFactorStep demoCode={status.demoCode} next={next} />
    </AuthCard>
  );
}
