import type { SecretsPolicy } from "@/db/schema/_shared/enums";

/** The confidentiality agreement as a partner reads it, per policy. */
export const PARTNER_POLICY_WORDING: Record<SecretsPolicy, { title: string; points: string[] }> = {
  limited_secrets: {
    title: "Limited secrets",
    points: [
      "Each question says, before you answer, who will read your answer: your partner, your counselor only, or your counselor until they decide to share it.",
      "What you write privately stays between you and your counselor. Your counselor may encourage you to share something with your partner, but only you can decide to.",
      "Trellis never shows your partner your private answers, your drafts, or anything you skip.",
      "If what you write suggests that someone may be at serious risk of harm, your counselor may have to act to keep people safe, as in any counseling.",
    ],
  },
  no_secrets: {
    title: "No secrets",
    points: [
      "Each question says, before you answer, who will read your answer: your partner, your counselor only, or your counselor until they decide to share it.",
      "Your counselor may bring up anything either of you tells them in a joint session, using their professional judgment, so that nothing important stays hidden between you.",
      "Trellis itself never shows your partner your private answers, your drafts, or anything you skip; your counselor decides what to raise, and how.",
      "If what you write suggests that someone may be at serious risk of harm, your counselor may have to act to keep people safe, as in any counseling.",
    ],
  },
};
