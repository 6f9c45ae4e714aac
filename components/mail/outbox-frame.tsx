import type { ReactNode } from "react";
import { Brand } from "../layout/brand";

/** The developer outbox's page frame, plainly marked as not part of the product. */
export function OutboxFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-col gap-3">
        <Brand />
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="rounded-md border border-border bg-muted px-3 py-2 text-sm text-muted-foreground">
          Development outbox: no mail server is configured (SMTP_URL), so emails are kept here instead of being sent. Anyone who can open this page can
          read them; set SMTP_URL before real people use this install.
        </p>
      </header>
      {children}
    </main>
  );
}
