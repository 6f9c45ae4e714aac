import type { CouplePhase, PartnerLabel, SecretsPolicy } from "@/db/schema/_shared/enums";

/** Shared by every demo account; the README lists it. Demo practices only. */
export const DEMO_PASSWORD = "trellis-demo-2026";

/**
 * The demo staff's authenticator secret (base32), published in the README like the
 * password: add it to any authenticator app to sign in as them. Demo practices only;
 * their code step also shows the current code.
 */
export const DEMO_TOTP_SECRET = "TRELLISDEMOSTAFFTOTPSECRETKEY234";

export const DEMO_PRACTICE = { name: "Riverbend Counseling (demo)", slug: "riverbend-demo", timeZone: "America/New_York" };

export const DEMO_STAFF = [
  { key: "admin", role: "admin", displayName: "Jordan Ellis", email: "admin@riverbend.example" },
  { key: "maya", role: "counselor", displayName: "Maya Chen", email: "maya@riverbend.example" },
  { key: "samuel", role: "counselor", displayName: "Samuel Ortiz", email: "samuel@riverbend.example" },
] as const;

export const DEMO_COUPLES: {
  displayName: string;
  counselor: "maya" | "samuel";
  phase: CouplePhase;
  secretsPolicy: SecretsPolicy;
  timeZone: string;
  partners: [DemoPartner, DemoPartner];
}[] = [
  {
    displayName: "Rivera & Brooks",
    counselor: "maya",
    phase: "p1",
    secretsPolicy: "limited_secrets",
    timeZone: "America/New_York",
    partners: [
      { displayName: "Alex Rivera", email: "alex@clients.example", label: "hurt" },
      { displayName: "Sam Brooks", email: "sam@clients.example", label: "involved" },
    ],
  },
  {
    displayName: "Nguyen & Patel",
    counselor: "maya",
    phase: "p2",
    secretsPolicy: "limited_secrets",
    timeZone: "America/Chicago",
    partners: [
      { displayName: "Linh Nguyen", email: "linh@clients.example", label: "involved" },
      { displayName: "Priya Patel", email: "priya@clients.example", label: "hurt" },
    ],
  },
  {
    displayName: "Okafor & Lindqvist",
    counselor: "samuel",
    phase: "p0",
    secretsPolicy: "no_secrets",
    timeZone: "America/Los_Angeles",
    partners: [
      { displayName: "Chidi Okafor", email: "chidi@clients.example", label: "mutual" },
      { displayName: "Erik Lindqvist", email: "erik@clients.example", label: "mutual" },
    ],
  },
  {
    displayName: "Hartley & Osei",
    counselor: "maya",
    phase: "p1",
    secretsPolicy: "limited_secrets",
    timeZone: "America/New_York",
    partners: [
      { displayName: "Grace Hartley", email: "grace@clients.example", label: "hurt" },
      { displayName: "Daniel Osei", email: "daniel@clients.example", label: "involved" },
    ],
  },
  {
    displayName: "Moreno & Tan",
    counselor: "maya",
    phase: "p1",
    secretsPolicy: "no_secrets",
    timeZone: "America/New_York",
    partners: [
      { displayName: "Lucia Moreno", email: "lucia@clients.example", label: "hurt" },
      { displayName: "Wei Tan", email: "wei@clients.example", label: "involved" },
    ],
  },
];

interface DemoPartner {
  displayName: string;
  email: string;
  label: PartnerLabel;
}
