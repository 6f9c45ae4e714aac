import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireAnyPageViewer } from "@/server/api/request-context";

export const metadata = { title: "Change password" };

export default async function PasswordPage() {
  const viewer = await requireAnyPageViewer();
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <Link href="/account" className="mb-4 w-fit text-sm text-primary underline underline-offset-4">
        ← Your account
      </Link>
      <PageHeader title="Change password" description="You stay signed in here; every other device you're signed in on is signed out." />
      <Card>
        <CardContent>
          <ChangePasswordForm email={viewer.email} />
        </CardContent>
      </Card>
    </div>
  );
}
