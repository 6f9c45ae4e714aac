"use client";

import { ErrorState } from "@/components/layout/error-state";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <ErrorState {...props} />
    </main>
  );
}
