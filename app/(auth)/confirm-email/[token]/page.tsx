import { AuthCard } from "@/components/auth/auth-card";
import { ConfirmEmailButton } from "@/components/onboarding/confirm-email-button";
import { LinkUnusable } from "@/components/onboarding/link-unusable";
import { ZLinkToken } from "@/db/schema/_shared/link-token";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Confirm your new email" };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { state } = ZLinkToken.safeParse(token).success ? await loadForPage((caller) => caller.account.inspectLink({ purpose: "email_change", token })) : { state: "unavailable" as const };
  if (state !== "valid") {
    return (
      <LinkUnusable title={state === "expired" ? "This confirmation link has expired" : state === "used" ? "This link has been used" : "This confirmation link can't be used"}>
        <p>Confirmation links work once, for 60 minutes. Sign in with your current email and ask for the change again from your account page.</p>
      </LinkUnusable>
    );
  }
  return (
    <AuthCard title="Confirm your new email" description="Your account will use this address to sign in. Every device will be signed out, and your old address will be told.">
      <ConfirmEmailButton token={token} />
    </AuthCard>
  );
}
