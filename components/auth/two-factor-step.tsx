"use client";

import { useRouter } from "next/navigation";
import { TwoFactorForm } from "./two-factor-form";

/** The code step page's form: once verified, on to where the person was going. */
export function TwoFactorStep({ demoCode, next }: { demoCode: string | null; next: string }) {
  const router = useRouter();
  return (
    <TwoFactorForm
      demoCode={demoCode}
      onVerified={() => {
        router.replace(next);
        router.refresh();
      }}
    />
  );
}
