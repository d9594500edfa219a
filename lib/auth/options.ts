import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";

/** Thrown messages reach the sign-in form as `error`; they never include the password or whether the email exists. */
export const SIGN_IN_ERRORS = {
  invalid: "invalid-credentials",
  throttledPrefix: "throttled:",
  linkInvalid: "link-invalid",
  linkConflict: "link-conflict",
} as const;

/** `extraProviders`: sign-in methods that need use cases above lib/auth (the route handler adds them). */
export function authOptions(extraProviders: NextAuthOptions["providers"] = []): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate({
            credentials,
            address: clientAddress(req.headers, env().TRUSTED_PROXIES),
            now: new Date(),
          });
          if (result.ok) return result.user;
          throw new Error(
            result.reason === "throttled"
              ? `${SIGN_IN_ERRORS.throttledPrefix}${result.retryAfterSeconds}`
              : SIGN_IN_ERRORS.invalid,
          );
        },
      }),
      ...extraProviders,
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        session.sessionVersion = token.sv ?? 0;
        return session;
      },
    },
  };
}
