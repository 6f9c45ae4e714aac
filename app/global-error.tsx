"use client";

import "./globals.css";
import { ErrorState } from "@/components/layout/error-state";

/** Last resort when the root layout itself fails. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main id="main" className="mx-auto max-w-xl px-6 py-16">
          <ErrorState {...props} />
        </main>
      </body>
    </html>
  );
}
