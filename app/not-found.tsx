import Link from "next/link";
import { Brand } from "@/components/layout/brand";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-6 px-6 text-center">
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
