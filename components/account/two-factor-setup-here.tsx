"use client";

import { useRouter } from "next/navigation";
import { TwoFactorSetup } from "./two-factor-setup";

/** Setting it up from the account page; afterwards the page shows the settings instead. */
export function TwoFactorSetupHere() {
  const router = useRouter();
  return <TwoFactorSetup doneLabel="I've saved my codes" onDone={() => router.refresh()} />;
}
