import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { COUPLE_STATUSES, SECRETS_POLICIES } from "../_shared/enums";
import { ZTimeZone } from "../couples/validation";
import { practices } from "./table";

export const ZPractice = createSelectSchema(practices);

/** Only links a phone or browser can open safely: a call, a text, or a secure web page. */
const SAFE_HREF = /^(tel:\+?[0-9][0-9 ()-]{1,24}|sms:\+?[0-9][0-9 ()-]{1,24}(\?body=[A-Za-z0-9%+._-]{0,60})?|https:\/\/[^\s<>"']{3,300})$/;

export const ZCrisisResource = z
  .object({
    name: z.string().trim().min(2, "Name the service").max(80, "Keep the name under 80 characters"),
    contact: z.string().trim().min(2, "Say how to reach it, such as a number to call").max(120, "Keep this under 120 characters"),
    href: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.string().trim().regex(SAFE_HREF, "Use a tel:, sms: or https:// link").optional(),
    ),
    description: z.string().trim().min(2, "Say when to use it").max(200, "Keep this under 200 characters"),
  })
  .strict();

/** The practice's crisis lines; null puts Trellis's defaults back. */
export const ZSaveCrisisResourcesInput = z
  .object({
    resources: z.array(ZCrisisResource).min(1, "Add at least one resource, or restore Trellis's defaults").max(8, "Keep it to eight resources at most").nullable(),
  })
  .strict();

/** A practice's own wording of a confidentiality policy, in plain paragraphs. */
export const ZSavePolicyWordingInput = z
  .object({
    policy: z.enum(SECRETS_POLICIES),
    body: z
      .string()
      .trim()
      .min(80, "Write the agreement out in full: at least a few sentences")
      .max(6000, "Keep the agreement under 6,000 characters"),
  })
  .strict();

/** The admin's Practice settings form: the practice's name and the default zone for new couples and staff dates. */
export const ZPracticeSettingsInput = z
  .object({
    name: z.string().trim().min(2, "Name the practice").max(120, "Keep the name under 120 characters"),
    timeZone: ZTimeZone,
  })
  .strict();

/**
 * Filters of the admin's couples list; every one optional. No name search here: query
 * inputs travel in the URL, and a couple's name is theirs; the page filters by name in the browser.
 */
export const ZPracticeCouplesInput = z
  .object({
    status: z.enum(COUPLE_STATUSES).optional(),
    counselorId: z.uuid().optional(),
  })
  .strict();

/** Assign or reassign a couple to another counselor of the practice. */
export const ZReassignCoupleInput = z.object({ coupleId: z.uuid(), counselorId: z.uuid() }).strict();

/** Archive a couple (read-only, nothing deleted) or restore it to active. */
export const ZSetCoupleArchivedInput = z.object({ coupleId: z.uuid(), archived: z.boolean() }).strict();
