import { createInsertSchema, createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { PARTNER_LABELS } from "../_shared/enums";
import { ZDisplayName, ZEmail } from "../_shared/fields";
import { coupleMembers, couples } from "./table";

export const ZCoupleId = z.uuid("Unknown couple");

export const ZTimeZone = z
  .string()
  .min(1, "Choose a time zone")
  .refine(isValidTimeZone, { message: "Choose a time zone from the list" });

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ZPartnerInput = z
  .object({
    displayName: ZDisplayName,
    email: ZEmail,
    label: z.enum(PARTNER_LABELS, "Choose how this partner is involved"),
  })
  .strict();

/** The "new couple" form and the couple.create procedure validate with this one schema. */
export const ZCreateCoupleInput = createInsertSchema(couples, {
  displayName: () =>
    z
      .string()
      .trim()
      .min(1, "Give the couple a name for your caseload")
      .max(80, "Keep the couple's name to 80 characters or fewer"),
  timeZone: () => ZTimeZone,
})
  .pick({ displayName: true, timeZone: true, secretsPolicy: true })
  .required({ secretsPolicy: true })
  .extend({
    partners: z.tuple([ZPartnerInput, ZPartnerInput]),
    /** Email both partners their invitation in the same step (the form ticks it by default). */
    sendInvitations: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const [first, second] = input.partners;
    if (first.email === second.email) {
      ctx.addIssue({
        code: "custom",
        path: ["partners", 1, "email"],
        message: "Each partner needs their own email address",
      });
    }
    for (const label of ["hurt", "involved"] as const) {
      if (first.label === label && second.label === label) {
        ctx.addIssue({
          code: "custom",
          path: ["partners", 1, "label"],
          message:
            label === "hurt"
              ? "Only one partner can be the hurt partner; use “Both / mutual” if each was hurt and involved"
              : "Only one partner can be the involved partner; use “Both / mutual” if each was hurt and involved",
        });
      }
    }
  });
export type TCreateCoupleInput = z.input<typeof ZCreateCoupleInput>;

export const ZCouple = createSelectSchema(couples);
export const ZCoupleMember = createSelectSchema(coupleMembers);

/** The partner accepts the version of the confidentiality policy they were shown. */
export const ZAcceptConsentInput = z.object({ policyVersion: z.int().min(1) }).strict();
