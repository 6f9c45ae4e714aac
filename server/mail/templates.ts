/**
 * Every email Trellis sends. Each says as little as it can: no exercise titles, no
 * answers, no partner names, no clinical words in subjects. A message only invites the
 * reader back into Trellis, where what they may see is checked again.
 */
export type EmailMessage =
  | { template: "invitation"; params: { path: string; practiceName: string; role: "partner" | "counselor"; expiresOn: string } }
  | { template: "password_reset"; params: { path: string; validMinutes: number } }
  | { template: "email_change"; params: { path: string; validMinutes: number } }
  | { template: "email_changed_notice"; params: Record<string, never> }
  | { template: "password_changed_notice"; params: Record<string, never> }
  | { template: "reminder"; params: { dueToday: number; overdue: number; discreet: boolean } }
  | { template: "counselor_digest"; params: { sessionsToday: number; awaitingReview: number; openFlags: number } };

export type EmailTemplate = EmailMessage["template"];

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const SIGN_OFF = "If you weren't expecting this message, you can ignore it.";

export function renderEmail(message: EmailMessage, appUrl: string): RenderedEmail {
  const link = (path: string) => new URL(path, appUrl).toString();
  switch (message.template) {
    case "invitation": {
      const { params } = message;
      const what = params.role === "counselor" ? "join your practice's team on Trellis" : "set up your Trellis account";
      return compose(
        "Your Trellis invitation",
        [`${params.practiceName} has invited you to ${what}.`, `The link works once and until ${params.expiresOn}.`],
        { label: "Accept the invitation", href: link(params.path) },
      );
    }
    case "password_reset":
      return compose(
        "Reset your Trellis password",
        [
          "Someone asked to reset the password of the Trellis account for this address.",
          `The link works once, for ${message.params.validMinutes} minutes. If it wasn't you, your password has not changed.`,
        ],
        { label: "Choose a new password", href: link(message.params.path) },
      );
    case "email_change":
      return compose(
        "Confirm your new Trellis email",
        ["Open this link to start signing in to Trellis with this address.", `It works once, for ${message.params.validMinutes} minutes.`],
        { label: "Confirm this address", href: link(message.params.path) },
      );
    case "email_changed_notice":
      return compose(
        "Your Trellis sign-in email changed",
        [
          "The email address used to sign in to your Trellis account was just changed, and every device was signed out.",
          "If you didn't do this, contact your practice straight away.",
        ],
        { label: "Open Trellis", href: link("/login") },
      );
    case "password_changed_notice":
      return compose(
        "Your Trellis password changed",
        ["The password of your Trellis account was just changed.", "If you didn't do this, reset it now and contact your practice."],
        { label: "Reset your password", href: link("/forgot-password") },
      );
    case "reminder": {
      const { dueToday, overdue, discreet } = message.params;
      if (discreet) return compose("A reminder", ["You have something waiting for you."], { label: "Open", href: link("/today") });
      const lines: string[] = [];
      if (dueToday > 0) lines.push(dueToday === 1 ? "You have a task waiting for you today." : `You have ${dueToday} tasks waiting for you today.`);
      if (overdue > 0) {
        lines.push(overdue === 1 ? "Yesterday's task is still open, and you can still complete it." : `${overdue} of yesterday's tasks are still open, and you can still complete them.`);
      }
      return compose("A reminder from Trellis", lines, { label: "Open Today", href: link("/today") });
    }
    case "counselor_digest": {
      const { sessionsToday, awaitingReview, openFlags } = message.params;
      return compose(
        "Your Trellis day",
        [
          `Sessions today: ${sessionsToday}.`,
          `Homework submitted in the last 24 hours: ${awaitingReview}.`,
          `Safety flags waiting for you: ${openFlags}.`,
        ],
        { label: "Open your caseload", href: link("/caseload") },
      );
    }
  }
}

function compose(subject: string, paragraphs: string[], action: { label: string; href: string }): RenderedEmail {
  const text = [...paragraphs, `${action.label}: ${action.href}`, SIGN_OFF].join("\n\n");
  const html = [
    '<div style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;max-width:32rem">',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(action.href)}" style="color:#1f5f4a;font-weight:600">${escapeHtml(action.label)}</a></p>`,
    `<p style="color:#52606d;font-size:14px">${escapeHtml(SIGN_OFF)}</p>`,
    "</div>",
  ].join("");
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
