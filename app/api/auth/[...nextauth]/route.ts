import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

// next-auth v4 types its App Router handler as `any`; this is its actual shape.
const handler = NextAuth(authOptions) as (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

export { handler as GET, handler as POST };
