import { AccountSubpage } from "@/components/account/account-subpage";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Sign-in email" };

export default async function EmailPage() {
  const viewer = await requireAnyPageViewer();
  return (
    <AccountSubpage title="Sign-in email" description={`You sign in with ${viewer.email}. To change it, confirm the new address from the email we send there.`}>
      <ChangeEmailForm />
    </AccountSubpage>
  );
}
