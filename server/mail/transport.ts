import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.js";
import { writeOutboxMessage } from "./outbox";
import type { RenderedEmail } from "./templates";

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

/** Hands one rendered message to whatever carries mail in this deployment. */
export type MailSender = (email: OutgoingEmail, now: Date) => Promise<void>;

export type MailMode = "smtp" | "outbox";

export function mailMode(): MailMode {
  return env.SMTP_URL ? "smtp" : "outbox";
}

let smtp: Transporter | undefined;

/** SMTP when SMTP_URL is set; otherwise the local outbox folder (see /dev/outbox). */
export function configuredSender(): MailSender {
  if (env.SMTP_URL) {
    const url = env.SMTP_URL;
    return async (email) => {
      smtp ??= nodemailer.createTransport(url);
      await smtp.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text, html: email.html });
    };
  }
  return outboxSender(env.OUTBOX_DIR);
}

/**
 * The same nodemailer message an SMTP server would receive, built by its JSON transport
 * (so addresses and headers are encoded for real) and kept as a file instead.
 */
export function outboxSender(dir: string): MailSender {
  const json = nodemailer.createTransport({ jsonTransport: true });
  return async (email, now) => {
    const info = await json.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text, html: email.html });
    const built = JSON.parse(String(info.message)) as { subject?: string; text?: string; html?: string };
    await writeOutboxMessage(
      dir,
      { from: env.MAIL_FROM, to: email.to, subject: built.subject ?? email.subject, text: built.text ?? email.text, html: built.html ?? email.html },
      now,
    );
  };
}

/** Where links in emails point: the public address of this install. */
export function appUrl(): string {
  return env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
}
