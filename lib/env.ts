import "server-only";
import { z } from "zod";

/** `SMTP_URL=` in an env file means "not set". */
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/** The app's configuration, validated once. The only module that reads process.env for the app. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Proxies in front of the app that append to X-Forwarded-For (a load balancer: 1; a CDN and a load balancer: 2). */
  TRUSTED_PROXIES: z.coerce.number().int().min(1).max(10).default(1),
  /** Sign-ups one address may make in 15 minutes (each costs an Argon2 hash); the browser tests raise it. */
  SIGN_UP_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The app's public address: the links in e-mails point here, never at a request's Host header. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Where e-mail goes: an SMTP server (smtps://user:pass@host:465). Without it, messages are printed to the log. */
  SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().min(3).default("Gureum <no-reply@localhost>"),
  /** Also write each message as a JSON file here (the browser tests read their links from it). */
  MAIL_OUTBOX_DIR: z.preprocess(emptyAsUnset, z.string().optional()),
});
export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}
