import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/** Every message the app wrote to MAIL_OUTBOX_DIR for `to`, oldest first. */
export async function mailsTo(outbox: string, to: string): Promise<SentMail[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const mails = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(outbox, name), "utf8")) as SentMail),
  );
  return mails.filter((m) => m.to === to.toLowerCase());
}

/** The token of the newest link to `pathname` mailed to `to`, waiting briefly in case it is still being written. */
export async function linkTokenFor(outbox: string, to: string, pathname: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mails = await mailsTo(outbox, to);
    for (const mail of mails.reverse()) {
      const match = new RegExp(`${pathname.replace(/\//g, "\\/")}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text);
      if (match) return match[1]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pathname} link was mailed to ${to}`);
}
