import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationForm } from "@/components/onboarding/accept-invitation-form";
import { LinkUnusable } from "@/components/onboarding/link-unusable";
import { ZLinkToken } from "@/db/schema/_shared/link-token";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Accept your invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = ZLinkToken.safeParse(token).success ? await loadForPage((caller) => caller.invitation.inspect({ token })) : ({ state: "unavailable" } as const);

  if (link.state === "used") {
    return (
      <LinkUnusable title="This invitation has been used">
        <p>Your account is already set up. Sign in with your email and the password you chose. If you've forgotten it, you can reset it from the sign-in page.</p>
      </LinkUnusable>
    );
  }
  if (link.state !== "valid") {
    return (
      <LinkUnusable title={link.state === "expired" ? "This invitation has expired" : "This invitation link can't be used"}>
        <p>
          {link.state === "expired"
            ? "Invitation links work for seven days."
            : "It may have been replaced by a newer invitation, withdrawn, or copied incompletely."}{" "}
          Ask your counselor or practice to send you a new invitation; the newest email always has the working link.
        </p>
      </LinkUnusable>
    );
  }
  return (
    <AuthCard
      title="Welcome to Trellis"
      description={
        <>
          {link.practiceName} invited <span className="font-medium text-foreground">{link.email}</span>. Choose a password to set up your account.
        </>
      }
    >
      <AcceptInvitationForm token={token} email={link.email} />
    </AuthCard>
  );
}
