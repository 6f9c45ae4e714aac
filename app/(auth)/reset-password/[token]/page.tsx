import { AuthCard } from "@/components/auth/auth-card";
import { LinkUnusable } from "@/components/onboarding/link-unusable";
import { ResetPasswordForm } from "@/components/onboarding/reset-password-form";
import { ZLinkToken } from "@/db/schema/_shared/link-token";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { state } = ZLinkToken.safeParse(token).success ? await loadForPage((caller) => caller.account.inspectLink({ purpose: "password_reset", token })) : { state: "unavailable" as const };
  if (state !== "valid") {
    return (
      <LinkUnusable
        title={state === "expired" ? "This reset link has expired" : state === "used" ? "This reset link has been used" : "This reset link can't be used"}
        action={{ href: "/forgot-password", label: "Ask for a new link" }}
      >
        <p>
          Reset links work once, for 30 minutes, and asking for a new one replaces older ones. Ask for a new link and use the newest email. If you already chose a new password, sign in with it.
        </p>
      </LinkUnusable>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="After this, every device signed in to your account is signed out.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
