import type { RouterOutputs } from "../providers/router-types";

// The prep procedures' shapes, as the client sees them (pages and components reach
// server types only through the router).
export type CaseloadView = RouterOutputs["prep"]["caseload"];
export type CaseloadRow = CaseloadView["rows"][number];
export type CaseloadPartner = CaseloadRow["partners"][number];
export type PrepView = RouterOutputs["prep"]["couple"];
export type PartnerRef = PrepView["partners"][number];
export type SessionRef = PrepView["sessions"][number];
export type PrepFlag = PrepView["flags"][number];
export type PartnerHomework = PrepView["homework"][number];
export type HomeworkLine = PartnerHomework["lines"][number];
export type Completion = PartnerHomework["totals"];
export type ChartSeries = PrepView["charts"][number];
export type TrendSummary = ChartSeries["partners"][number]["summary"];
export type TrendArrowKind = TrendSummary["arrow"];
export type PrepDiscrepancy = PrepView["discrepancies"][number];
export type DiscussEntry = PrepView["discuss"][number];
export type AgendaItem = PrepView["suggestedAgenda"][number];
