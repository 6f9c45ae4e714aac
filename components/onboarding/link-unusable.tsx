import Link from "next/link";
import { AuthCard } from "../auth/auth-card";
import { Button } from "../ui/button";

/** A calm page for an emailed link that can't be used: what happened and what to do next. */
export function LinkUnusable({ title, children, action }: { title: string; children: React.ReactNode; action?: { href: string; label: string } }) {
  return (
    <AuthCard title={title} description="Nothing has been changed.">
      <div className="flex flex-col gap-5 text-sm leading-relaxed" role="status">
        {children}
        <Button asChild variant="outline" className="w-fit">
          <Link href={action?.href ?? "/login"}>{action?.label ?? "Go to sign in"}</Link>
        </Button>
      </div>
    </AuthCard>
  );
}
