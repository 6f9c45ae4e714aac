import Link from "next/link";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Sign-in email" };

export default async function EmailPage() {
  const viewer = await requireAnyPageViewer();
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <Link href="/account" className="mb-4 w-fit text-sm text-primary underline underline-offset-4">
        ← Your account
      </Link>
      <PageHeader title="Sign-in email" description={`You sign in with ${viewer.email}. To change it, confirm the new address from the email we send there.`} />
      <Card>
        <CardContent>
          <ChangeEmailForm />
        </CardContent>
      </Card>
    </div>
  );
}
