import Link from "next/link";
import { Brand } from "@/components/layout/brand";
import { QuickExit } from "@/components/layout/quick-exit";
import { Button } from "@/components/ui/button";
import { getCurrentViewer } from "@/server/api/request-context";

export const metadata = { title: "Page not found" };

/**
 * Shown for unknown addresses and for anything outside the viewer's reach (the two look
 * the same on purpose). Partners keep their quick exit here too.
 */
export default async function NotFound() {
  const viewer = await getCurrentViewer();
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-6 px-6 text-center">
      {/* Also replaces the title of the page that was asked for (e.g. "Caseload"). */}
      <title>Page not found · Trellis</title>
      {viewer?.role === "partner" ? (
        <div className="fixed right-4 top-4">
          <QuickExit />
        </div>
      ) : null}
      <Brand />
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">We couldn&apos;t find that page</h1>
        <p className="text-muted-foreground">The link may be out of date, or the page isn&apos;t part of your account.</p>
      </div>
      <Button asChild>
        <Link href="/">Go to my home page</Link>
      </Button>
    </main>
  );
}
