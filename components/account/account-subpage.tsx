import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "../layout/page-header";
import { Card, CardContent } from "../ui/card";

/** One setting of the account page on its own page: the way back, what it does, and its form in a card. */
export function AccountSubpage({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <Link href="/account" className="mb-4 w-fit text-sm text-primary underline underline-offset-4">
        ← Your account
      </Link>
      <PageHeader title={title} description={description} />
      <Card>
        <CardContent>{children}</CardContent>
      </Card>
    </div>
  );
}
