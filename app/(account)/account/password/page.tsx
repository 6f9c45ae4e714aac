import { AccountSubpage } from "@/components/account/account-subpage";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Change password" };

export default async function PasswordPage() {
  const viewer = await requireAnyPageViewer();
  return (
    <AccountSubpage title="Change password" description="You stay signed in here; every other device you're signed in on is signed out.">
      <ChangePasswordForm email={viewer.email} />
    </AccountSubpage>
  );
}
