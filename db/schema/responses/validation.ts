import { createSelectSchema } from "drizzle-zod";
import { disclosures, responseFields, responses } from "./table";

export const ZResponse = createSelectSchema(responses);
export const ZResponseField = createSelectSchema(responseFields);
export const ZDisclosure = createSelectSchema(disclosures);
