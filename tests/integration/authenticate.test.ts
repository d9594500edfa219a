import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";
import { registerUser } from "@/lib/server/account/register-user";
import { requestSignUp } from "@/lib/server/account/request-sign-up";

const PASSWORD = "correct horse battery";
let counter = 0;
function uniqueEmail() {
  return `learner-${Date.now()}-${counter++}@example.com`;
}

describe("accounts and sign-in", () => {
  afterAll(() => db().$disconnect());

  it("stores an argon2id hash, never the password", async () => {
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD, locale: "ko" });
    const row = await db().user.findUniqueOrThrow({ where: { email } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a second account with the same email", async () => {
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD, locale: "en" });
    await expect(registerUser({ email, password: PASSWORD, locale: "en" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(registerUser({ email, password: PASSWORD, locale: "en" })).rejects.toBeInstanceOf(AppError);
  });

  it("signs in with the right password, and answers a wrong one or an unknown email alike", async () => {
    const email = uniqueEmail();
    const { id } = await registerUser({ email, password: PASSWORD, locale: "ko" });
    const now = new Date();
    expect(
      await authenticate({ credentials: { email: email.toUpperCase(), password: PASSWORD }, address: null, now }),
    ).toEqual({
      ok: true,
      user: { id, email, name: null, sessionVersion: 0 },
    });
    const wrong = await authenticate({ credentials: { email, password: "wrong password" }, address: null, now });
    const unknown = await authenticate({
      credentials: { email: uniqueEmail(), password: PASSWORD },
      address: null,
      now,
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("rejects malformed credentials without throwing", async () => {
    for (const credentials of [null, {}, { email: "not-an-email", password: "x" }, { email: 5, password: [] }]) {
      expect(await authenticate({ credentials, address: null, now: new Date() })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });

  it("locks an account after repeated failures, even for the right password, until the lock expires", async () => {
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD, locale: "ko" });
    const start = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < THROTTLE.accountLimit; i++) {
      await authenticate({ credentials: { email, password: `guess-${i}-xxxx` }, address: null, now: start });
    }
    const locked = await authenticate({ credentials: { email, password: PASSWORD }, address: null, now: start });
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: THROTTLE.baseLockSeconds });
    const later = new Date(start.getTime() + (THROTTLE.baseLockSeconds + 1) * 1000);
    expect(await authenticate({ credentials: { email, password: PASSWORD }, address: null, now: later })).toMatchObject(
      { ok: true },
    );
  });

  it("locks an address that tries many accounts", async () => {
    const address = `198.51.100.${(Date.now() % 200) + 1}`;
    const now = new Date("2026-02-01T00:00:00Z");
    for (let i = 0; i < THROTTLE.addressLimit; i++) {
      await authenticate({ credentials: { email: uniqueEmail(), password: "some password" }, address, now });
    }
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD, locale: "ko" });
    expect(await authenticate({ credentials: { email, password: PASSWORD }, address, now })).toMatchObject({
      reason: "throttled",
    });
    expect(await authenticate({ credentials: { email, password: PASSWORD }, address: "192.0.2.1", now })).toMatchObject(
      { ok: true },
    );
  });

  it("cannot be used to lock someone else out: guesses from other addresses lock only those addresses", async () => {
    const email = uniqueEmail();
    await registerUser({ email, password: PASSWORD, locale: "ko" });
    const now = new Date("2026-03-01T00:00:00Z");
    // Nine addresses, five wrong guesses each: 45 failures, each address locked for this account.
    for (let a = 0; a < 9; a++) {
      for (let i = 0; i < THROTTLE.accountLimit; i++) {
        await authenticate({
          credentials: { email, password: `guess-${a}-${i}-x` },
          address: `203.0.113.${a + 1}`,
          now,
        });
      }
    }
    expect(
      await authenticate({ credentials: { email, password: PASSWORD }, address: "203.0.113.1", now }),
    ).toMatchObject({ reason: "throttled" });
    // The owner, from their own address, still signs in.
    expect(
      await authenticate({ credentials: { email, password: PASSWORD }, address: "192.0.2.77", now }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a flood of sign-ups from one address without hashing their passwords", async () => {
    const address = `198.51.100.${(Date.now() % 200) + 1}`;
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      await requestSignUp({ email: uniqueEmail(), password: PASSWORD, locale: "en", address, now });
    }
    await expect(
      requestSignUp({ email: uniqueEmail(), password: PASSWORD, locale: "en", address, now }),
    ).rejects.toMatchObject({ code: "THROTTLED" });
    // Another address is not affected.
    await expect(
      requestSignUp({ email: uniqueEmail(), password: PASSWORD, locale: "en", address: "192.0.2.200", now }),
    ).resolves.toBeUndefined();
  });
});
