import { AccountSection } from "@/components/account/account-section";
import { ActiveSessions } from "@/components/account/active-sessions";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { loadForPage, requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Your account" };

function recoveryCodesText(left: number) {
  if (left === 0) return "You have no recovery codes: create some, so a lost phone can't lock you out.";
  return `${left} unused recovery ${left === 1 ? "code" : "codes"}.`;
}

export default async function AccountPage() {
  const viewer = await requireAnyPageViewer();
  const twoFactor = await loadForPage((caller) => caller.account.twoFactorStatus());

  // Sections in the order they appear; each is self-contained (sign-in security first).
  const sections = [
    <AccountSection
      key="two-factor"
      href="/account/two-factor"
      title="Two-step verification"
      status={twoFactor.enrolled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
    >
      {twoFactor.enrolled
        ? `Each sign-in also asks for a code from your authenticator app. ${recoveryCodesText(twoFactor.recoveryCodesLeft ?? 0)}`
        : "Add a code from an app on your phone to each sign-in, so a password alone can't open your account."}
    </AccountSection>,
    <AccountSection key="password" href="/account/password" title="Password">
      Change the password you sign in with. Your other devices are signed out when you do.
    </AccountSection>,
    <AccountSection key="email" href="/account/email" title="Sign-in email">
      Change the email address you sign in with. You confirm the new one from a link sent there, and every device is signed out.
    </AccountSection>,
    <ActiveSessions key="sessions" />,
    ...(viewer.role === "partner" && viewer.consentCurrent
      ? [
          <AccountSection key="export" href="/account/export" title="Your data">
            See, print or download everything you wrote, what was shared with you, and the agreements you accepted.
          </AccountSection>,
        ]
      : []),
  ];
  if (viewer.role !== "admin") {
    sections.push(
      <AccountSection key="reminders" href="/account/reminders" title={viewer.role === "partner" ? "Reminders" : "Daily digest"}>
        {viewer.role === "partner"
          ? "Choose when reminder emails come, quiet hours, and discreet wording."
          : "Choose when the digest of your session days arrives, and quiet hours."}
      </AccountSection>,
    );
  }

  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <PageHeader title="Your account" description={`Signed in as ${viewer.email}.`} />
      <div className="flex flex-col gap-4">{sections}</div>
    </div>
  );
}
