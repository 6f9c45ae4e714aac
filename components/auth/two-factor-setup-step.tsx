"use client";

import { useRouter } from "next/navigation";
import { TwoFactorSetup } from "../account/two-factor-setup";

/** Setting up an authenticator before anything else; the page only moves on once the recovery codes are saved. */
export function TwoFactorSetupStep({ next }: { next: string }) {
  const router = useRouter();
  return (
    <TwoFactorSetup
      doneLabel="I've saved my codes. Continue"
      onDone={() => {
        router.replace(next);
        router.refresh();
      }}
    />
  );
}
