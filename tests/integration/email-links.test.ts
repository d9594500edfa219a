import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import {
  confirmEmailChange,
  confirmSignUp,
  requestEmailChange,
  requestPasswordReset,
  requestSignUp,
  resetPassword,
} from "@/lib/server/account";
import { registerUser } from "@/lib/server/account/register-user";
import { hashLinkToken } from "@/lib/server/account/send-email-link";
import { linkTokenFor, mailsTo } from "../support/outbox";

const OUTBOX = process.env.MAIL_OUTBOX_DIR!;
const PASSWORD = "a long enough password";
let n = 0;
const email = () => `links-${Date.now()}-${++n}@example.com`;

describe("e-mailed links", () => {
  afterAll(() => db().$disconnect());

  it("answers a sign-up for a taken address exactly as for a new one, and tells only the inbox", async () => {
    const taken = email();
    await registerUser({ email: taken, password: PASSWORD, locale: "en" });
    const fresh = email();
    const now = new Date();
    const answers = await Promise.all([
      requestSignUp({ email: taken, password: "another password 1", locale: "en", address: null, now }),
      requestSignUp({ email: fresh, password: PASSWORD, locale: "en", address: null, now }),
    ]);
    expect(answers).toEqual([undefined, undefined]);
    expect((await mailsTo(OUTBOX, taken)).map((m) => m.subject)).toEqual(["Gureum: you already have an account"]);
    expect((await mailsTo(OUTBOX, fresh)).map((m) => m.subject)).toEqual([
      "Gureum: confirm your address to finish signing up",
    ]);
    // The taken account is untouched: its password still works.
    expect(await authenticate({ credentials: { email: taken, password: PASSWORD }, address: null, now })).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it("creates the account only when the link is followed, once, with the browser's time zone", async () => {
    const address = email();
    const now = new Date();
    await requestSignUp({
      email: address,
      password: PASSWORD,
      name: "Min",
      timeZone: "America/New_York",
      locale: "ko",
      address: null,
      now,
    });
    expect(await db().user.findUnique({ where: { email: address } })).toBeNull();
    const token = await linkTokenFor(OUTBOX, address, "/sign-up/confirm");
    const stored = await db().emailToken.findFirstOrThrow({ where: { email: address } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const user = await confirmSignUp({ token, now });
    expect(user).toMatchObject({ email: address, name: "Min", sessionVersion: 0 });
    expect(await db().user.findUniqueOrThrow({ where: { email: address } })).toMatchObject({
      timeZone: "America/New_York",
      locale: "ko",
    });
    await expect(confirmSignUp({ token, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await authenticate({ credentials: { email: address, password: PASSWORD }, address: null, now }),
    ).toMatchObject({ ok: true });
  });

  it("refuses an expired sign-up link, and a time zone PostgreSQL does not know falls back to the default", async () => {
    const address = email();
    const now = new Date();
    await requestSignUp({
      email: address,
      password: PASSWORD,
      timeZone: "US/Pacific-New",
      locale: "en",
      address: null,
      now,
    });
    const token = await linkTokenFor(OUTBOX, address, "/sign-up/confirm");
    const dayLater = new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1000);
    await expect(confirmSignUp({ token, now: dayLater })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const second = email();
    await requestSignUp({
      email: second,
      password: PASSWORD,
      timeZone: "US/Pacific-New",
      locale: "en",
      address: null,
      now,
    });
    await confirmSignUp({ token: await linkTokenFor(OUTBOX, second, "/sign-up/confirm"), now });
    expect((await db().user.findUniqueOrThrow({ where: { email: second } })).timeZone).toBe("Asia/Seoul");
  });

  it("resets a forgotten password: ends every session, lifts the lock, and the link works once", async () => {
    const address = email();
    await registerUser({ email: address, password: PASSWORD, locale: "en" });
    const now = new Date();
    for (let i = 0; i < THROTTLE.accountLimit; i++) {
      await authenticate({ credentials: { email: address, password: `wrong-${i}-guess` }, address: "192.0.2.9", now });
    }
    await requestPasswordReset({ email: address, now });
    await requestPasswordReset({ email: email(), now }); // an unknown address: nothing is sent, nothing fails
    const token = await linkTokenFor(OUTBOX, address, "/reset-password");
    const newPassword = "a brand new password";
    expect(await resetPassword({ token, password: newPassword, now })).toEqual({ email: address });
    const user = await db().user.findUniqueOrThrow({ where: { email: address } });
    expect(user.sessionVersion).toBe(1);
    expect(
      await authenticate({ credentials: { email: address, password: newPassword }, address: "192.0.2.9", now }),
    ).toMatchObject({ ok: true });
    await expect(resetPassword({ token, password: "yet another password", now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("moves an account to a new address after the password and the new inbox both agree", async () => {
    const before = email();
    const after = email();
    const { id } = await registerUser({ email: before, password: PASSWORD, locale: "en" });
    const now = new Date();
    await expect(
      requestEmailChange({ userId: id, password: "not my password", newEmail: after, now }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await requestEmailChange({ userId: id, password: PASSWORD, newEmail: after, now });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).email).toBe(before);
    const token = await linkTokenFor(OUTBOX, after, "/change-email");
    expect(await confirmEmailChange({ token, now })).toEqual({ email: after });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ email: after, sessionVersion: 1 });
    expect((await mailsTo(OUTBOX, before)).map((m) => m.subject)).toContain("Gureum: your account's address changed");
  });

  it("never floods an inbox: past the budget the answer is the same and nothing more is sent", async () => {
    const address = email();
    await registerUser({ email: address, password: PASSWORD, locale: "ko" });
    const now = new Date();
    for (let i = 0; i < THROTTLE.mailsPerAddressee + 3; i++) await requestPasswordReset({ email: address, now });
    expect(await mailsTo(OUTBOX, address)).toHaveLength(THROTTLE.mailsPerAddressee);
  });
});
