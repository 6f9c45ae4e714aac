import type { ReactNode } from "react";
import { Brand } from "../layout/brand";

/** The calm, centred frame of the sign-in pages. */
export function AuthCard({ title, description, width = "sm", footer, children }: { title: string; description: ReactNode; width?: "sm" | "lg"; footer?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className={width === "sm" ? "w-full max-w-sm" : "w-full max-w-xl"}>
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <Brand />
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
        <div className="rounded-lg border border-border bg-surface p-6 shadow-[0_1px_2px_rgba(30,41,59,0.04)]">{children}</div>
        {footer ? <div className="mt-6 flex flex-col items-center gap-3 text-center text-sm">{footer}</div> : null}
        <p className="mt-6 text-center text-xs leading-relaxed text-muted-foreground">
          Trellis is not watched in real time. If you are in danger or thinking about harming yourself, call your local emergency number now.
        </p>
      </div>
    </main>
  );
}
