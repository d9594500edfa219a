import CredentialsProvider from "next-auth/providers/credentials";
import { SIGN_IN_ERRORS } from "@/lib/auth/options";
import { confirmSignUp } from "@/lib/server/account";
import { AppError } from "@/lib/server/app-error";
import { EmailLinkTokenSchema } from "@/lib/validation";

/** Following a sign-up link: creates the account the link carries and signs it in. */
export function signUpLinkProvider() {
  return CredentialsProvider({
    id: "sign-up-link",
    name: "Sign-up link",
    credentials: { token: { type: "text" } },
    async authorize(credentials) {
      const token = EmailLinkTokenSchema.safeParse(credentials?.token);
      if (!token.success) throw new Error(SIGN_IN_ERRORS.linkInvalid);
      try {
        return await confirmSignUp({ token: token.data, now: new Date() });
      } catch (error) {
        if (error instanceof AppError) {
          const reason = error.code === "CONFLICT" ? SIGN_IN_ERRORS.linkConflict : SIGN_IN_ERRORS.linkInvalid;
          throw new Error(reason, { cause: error });
        }
        throw error;
      }
    },
  });
}
