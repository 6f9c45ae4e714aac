import type { CouplePhase, PartnerLabel, SecretsPolicy } from "@/db/schema/_shared/enums";

export const PHASE_NAMES: Record<CouplePhase, string> = {
  p0: "Intake & safety",
  p1: "Stabilize & atone",
  p2: "Understand & attune",
  p3: "Reconnect & move forward",
};

export function phaseLabel(phase: CouplePhase): string {
  return `${phase.toUpperCase()} · ${PHASE_NAMES[phase]}`;
}

export const PARTNER_LABEL_NAMES: Record<PartnerLabel, string> = {
  hurt: "Hurt partner",
  involved: "Involved partner",
  mutual: "Both / mutual",
  unset: "Not set yet",
};

export const PARTNER_LABEL_SHORT: Record<PartnerLabel, string | null> = {
  hurt: "HP",
  involved: "IP",
  mutual: "Mutual",
  unset: null,
};

export const POLICY_NAMES: Record<SecretsPolicy, string> = {
  limited_secrets: "Limited secrets",
  no_secrets: "No secrets",
};

export const POLICY_DESCRIPTIONS: Record<SecretsPolicy, string> = {
  limited_secrets:
    "What a partner writes privately stays between them and you. You can encourage them to share something, but only they can decide to.",
  no_secrets:
    "You may raise anything either partner tells you in a joint session, using your clinical judgment. Trellis still never shows one partner's private answers to the other.",
};

/** "America/New York": the IANA name, readable. */
export function formatTimeZone(zone: string): string {
  return zone.replaceAll("_", " ");
}
