import type { UserRole } from "@/db/schema/_shared/enums";
import type { SessionClaims } from "./claims";

declare module "next-auth" {
  interface User {
    role: UserRole;
    sessionVersion: number;
    sessionId: string;
  }
  interface Session {
    claims?: SessionClaims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: UserRole;
    sv?: number;
    sid?: string;
    authTime?: number;
  }
}
