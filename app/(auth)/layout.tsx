import type { ReactNode } from "react";
import { TrpcReactProvider } from "@/components/providers/trpc";

/** Signing in and its second step; the forms ask the router whether a code is needed. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <TrpcReactProvider>{children}</TrpcReactProvider>;
}
