import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Brand } from "@/components/layout/brand";
import { getCurrentViewer } from "@/server/api/request-context";
import { LANDING_PATHS } from "@/server/auth/landing";
import { safeReturnPath } from "@/server/auth/return-path";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentViewer();
  if (viewer) redirect(LANDING_PATHS[viewer.role]);
  const params = await searchParams;

  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <Brand />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
          <p className="text-sm text-muted-foreground">Use the email address your counseling practice invited.</p>
        </div>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-[0_1px_2px_rgba(30,41,59,0.04)]">
          <LoginForm returnTo={safeReturnPath(params.callbackUrl)} />
        </div>
        <p className="mt-6 text-center text-xs leading-relaxed text-muted-foreground">
          Trellis is not watched in real time. If you are in danger or thinking about harming yourself, call your local
          emergency number now.
        </p>
      </div>
    </main>
  );
}
