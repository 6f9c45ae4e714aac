import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentViewer } from "@/server/api/request-context";
import { LANDING_PATHS } from "@/server/auth/landing";
import { safeReturnPath } from "@/server/auth/return-path";
import { twoFactorStepPath } from "@/server/auth/two-factor-step";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentViewer();
  if (viewer) redirect(twoFactorStepPath({ enrolled: viewer.mfaEnrolled, satisfied: viewer.mfaSatisfied }) ?? LANDING_PATHS[viewer.role]);
  const params = await searchParams;

  return (
    <AuthCard
      title="Sign in"
      description="Use the email address your counseling practice invited."
      footer={
        <Link href="/forgot-password" className="rounded-md font-medium text-primary hover:underline">
          Forgot your password?
        </Link>
      }
    >
      <LoginForm returnTo={safeReturnPath(params.callbackUrl)} />
    </AuthCard>
  );
}
