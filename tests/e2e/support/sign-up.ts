import type { Page } from "playwright-core";
import { inject } from "vitest";
import { linkTokenFor } from "../../support/outbox";

const LABELS = {
  en: { email: "Email", password: "Password", submit: "Sign up", create: "Create my account", signOut: "Sign out" },
  ko: { email: "이메일", password: "비밀번호", submit: "가입하기", create: "계정 만들기", signOut: "로그아웃" },
} as const;

/**
 * Signs up as a learner does: the form, then the link from the e-mail (read from the app's outbox folder), then
 * "Create my account". Ends signed in, on the dashboard.
 */
export async function signUpInBrowser(
  page: Page,
  email: string,
  password: string,
  language: keyof typeof LABELS = "en",
): Promise<void> {
  const baseUrl = inject("baseUrl");
  const label = LABELS[language];
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel(label.email).fill(email);
  await page.getByLabel(label.password).fill(password);
  await page.getByRole("button", { name: label.submit }).last().click();
  await page.getByRole("status").waitFor();
  const token = await linkTokenFor(inject("outbox"), email, "/sign-up/confirm");
  await page.goto(`${baseUrl}/sign-up/confirm?token=${token}`);
  await page.getByRole("button", { name: label.create }).click();
  await page.getByRole("button", { name: label.signOut }).waitFor();
}
