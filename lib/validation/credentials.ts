import { z } from "zod";

/** Shared by the sign-up form and the server: one schema, one set of messages. */
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));
export const PasswordSchema = z
  .string()
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  name: z
    .string()
    .trim()
    .max(80, "Name must be at most 80 characters")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) });

/** Changing the password: the current one proves it is the learner; the new one follows the sign-up rules. */
export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .strict();

/** Deleting the account is confirmed with the password. */
export const DeleteAccountSchema = z.object({ password: z.string().min(1).max(200) }).strict();
