import type { RouterOutputs } from "../providers/router-types";

type AccountState = RouterOutputs["invitation"]["listForCouple"][number]["account"];
import { formatLongDate } from "../format";
import { Badge } from "../ui/badge";

const BADGES: Record<AccountState["state"], { label: string; tone: "neutral" | "primary" | "warning" | "success" | "danger" }> = {
  active: { label: "Active", tone: "success" },
  disabled: { label: "Disabled", tone: "danger" },
  not_invited: { label: "Not invited", tone: "neutral" },
  invited: { label: "Invitation sent", tone: "primary" },
  expired: { label: "Invitation expired", tone: "warning" },
  revoked: { label: "Invitation revoked", tone: "warning" },
};

export function AccountStateBadge({ account }: { account: AccountState }) {
  const { label, tone } = BADGES[account.state];
  return <Badge tone={tone}>{label}</Badge>;
}

/** One line about where the account stands, with dates in the practice's zone. */
export function describeAccountState(account: AccountState, timeZone: string): string {
  switch (account.state) {
    case "active":
      return "Has set a password and can sign in.";
    case "disabled":
      return "Can't sign in until the account is re-enabled.";
    case "not_invited":
      return "Hasn't been sent an invitation yet.";
    case "invited":
      return `Sent ${formatLongDate(account.lastSentAt, timeZone)}${account.sendCount > 1 ? ` (sent ${account.sendCount} times)` : ""}; the link works until ${formatLongDate(account.expiresAt, timeZone)}.`;
    case "expired":
      return `Sent ${formatLongDate(account.lastSentAt, timeZone)}; the link expired ${formatLongDate(account.expiresAt, timeZone)}. Send a new one.`;
    case "revoked":
      return `The invitation sent ${formatLongDate(account.lastSentAt, timeZone)} was revoked; its link no longer works.`;
  }
}
