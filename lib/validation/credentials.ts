import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs";

/** Shared by the sign-up form and the server: one schema, one set of messages. */
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));
export const PasswordSchema = z
  .string()
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

/** The browser's time zone at sign-up; one the app cannot use is dropped (the account takes the default). */
const BrowserTimeZoneSchema = z.string().max(64).refine(isValidTimeZone).optional().catch(undefined);

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  name: z
    .string()
    .trim()
    .max(80, "Name must be at most 80 characters")
    .optional()
    .transform((v) => (v ? v : undefined)),
  timeZone: BrowserTimeZoneSchema,
});

export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) });

/** Changing the password: the current one proves it is the learner; the new one follows the sign-up rules. */
export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .strict();

/** Deleting the account is confirmed with the password. */
export const DeleteAccountSchema = z.object({ password: z.string().min(1).max(200) }).strict();

/** A one-time link's token, as the link carries it (43 base64url characters). */
export const EmailLinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid");

export const ForgotPasswordSchema = z.object({ email: EmailSchema }).strict();

export const ResetPasswordSchema = z.object({ token: EmailLinkTokenSchema, password: PasswordSchema }).strict();

export const ConfirmEmailLinkSchema = z.object({ token: EmailLinkTokenSchema }).strict();

/** Moving the account to another address is confirmed with the password. */
export const ChangeEmailSchema = z.object({ newEmail: EmailSchema, password: z.string().min(1).max(200) }).strict();
