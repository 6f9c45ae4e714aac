import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDatabase } from "../db";
import { env } from "../env.js";
import { requestInfoFromHeaders } from "../request-info";
import { ABSOLUTE_SESSION_SECONDS, claimsFromPayload } from "./claims";
import { authorizeSignIn } from "./authorize";
import { getAuthSecret } from "./secret";

// next-auth v4 reads its public URL from the process environment. Without one it
// assumes port 3000 (and warns), which breaks sign-in callbacks on any other PORT.
process.env.NEXTAUTH_URL = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

export const authOptions: NextAuthOptions = {
  // Resolved on use, not at import: `next build` loads this module and must not create files.
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: ABSOLUTE_SESSION_SECONDS },
  jwt: { maxAge: ABSOLUTE_SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers ?? {})) {
          if (typeof value === "string") headers.set(name, value);
        }
        return authorizeSignIn(getDatabase, credentials, requestInfoFromHeaders(headers, randomUUID()));
      },
    }),
  ],
  callbacks: {
    // The token holds ids only (no name or email), and is re-checked against the
    // database on every request by resolveViewer.
    jwt({ token, user }) {
      if (user) {
        return {
          sub: user.id,
          uid: user.id,
          sid: user.sessionId,
          role: user.role,
          sv: user.sessionVersion,
          authTime: Math.floor(Date.now() / 1000),
        };
      }
      return token;
    },
    session({ session, token }) {
      const claims = claimsFromPayload(token);
      return { expires: session.expires, ...(claims ? { claims } : {}) };
    },
  },
};
