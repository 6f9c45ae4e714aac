import type { CrisisResource } from "./table";

/**
 * What partners see when their practice hasn't set its own crisis lines (a null
 * `practices.crisis_resources`). US services, the demo practice's country; practices
 * elsewhere replace them on the admin's Safety & consent page.
 */
export const DEFAULT_CRISIS_RESOURCES: CrisisResource[] = [
  { name: "Emergency services", contact: "Call 911", href: "tel:911", description: "If you or someone else is in danger right now." },
  {
    name: "988 Suicide & Crisis Lifeline",
    contact: "Call or text 988, or chat at 988lifeline.org",
    href: "tel:988",
    description: "If you are thinking about suicide or hurting yourself, or are worried about someone.",
  },
  {
    name: "National Domestic Violence Hotline",
    contact: "Call 1-800-799-7233 or text START to 88788",
    href: "tel:18007997233",
    description: "If you feel afraid of your partner or unsafe at home.",
  },
];
