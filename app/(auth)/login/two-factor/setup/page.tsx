import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorSetupStep } from "@/components/auth/two-factor-setup-step";
import { getCurrentViewer } from "@/server/api/request-context";
import { nextPathFor } from "../next-path";

export const metadata = { title: "Set up two-step verification" };

/** Counselors and administrators without an authenticator set one up before anything else. */
export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect("/login");
  const next = nextPathFor(viewer, (await searchParams).callbackUrl);
  if (viewer.mfaEnrolled) redirect(viewer.mfaSatisfied ? next : "/login/two-factor");
  // A partner without an authenticator is through already; they can add one from their account page.
  if (viewer.mfaSatisfied) redirect(next);

  return (
    <AuthCard
      width="lg"
      title="Set up two-step verification"
      description="Because you can see clients' records, each sign-in also needs a code from an app on your phone. It takes about two minutes, once."
      footer={<SignOutButton />}
    >
      <TwoFactorSetupStep next={next} />
    </AuthCard>
  );
}
