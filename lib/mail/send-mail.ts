import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

/**
 * Sends one plain-text message. With SMTP_URL it goes through that server; without, it is printed to the server's
 * log (stderr, which `npm start` shows), so a local install can still follow its links. MAIL_OUTBOX_DIR also keeps
 * a JSON copy of every message. A failed delivery is logged, never shown to the requester: the answer they get must
 * not depend on whether a message was sent.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const config = env();
  if (config.MAIL_OUTBOX_DIR) {
    await mkdir(config.MAIL_OUTBOX_DIR, { recursive: true });
    const file = path.join(config.MAIL_OUTBOX_DIR, `${Date.now()}-${randomUUID()}.json`);
    await writeFile(file, JSON.stringify({ ...message, sentAt: new Date().toISOString() }));
  }
  if (!config.SMTP_URL) {
    console.warn(
      `[mail] no SMTP_URL set; this message was not sent:\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n[mail] end`,
    );
    return;
  }
  try {
    await smtp(config.SMTP_URL).sendMail({ from: config.MAIL_FROM, ...message });
  } catch (error) {
    console.error(`[mail] delivery to ${message.to} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
