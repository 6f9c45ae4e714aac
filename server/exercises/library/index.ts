import { ZTemplateDefinition, type TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { BuiltinTemplate } from "../builtin";
import { privateSafetyCheckIn } from "./e01-private-safety-check-in";
import { hopesAndCommitment } from "./e02-hopes-and-commitment";
import { timeOutAndSelfCarePlan } from "./e03-time-out-and-self-care-plan";
import { impactLetter } from "./e04-impact-letter";
import { accountabilityAndApology } from "./e05-accountability-and-apology";
import { disclosureTimeline } from "./e06-disclosure-timeline";
import { questionsAndAnswersLog } from "./e07-questions-and-answers-log";
import { thirdPartyContactBoundary } from "./e08-third-party-contact-boundary";
import { transparencyAgreement } from "./e09-transparency-agreement";
import { triggerPlan } from "./e10-trigger-plan";
import { dailyTrustCheckIn } from "./e11-daily-trust-check-in";
import { promiseLedger } from "./e12-promise-ledger";
import { listeningPractice } from "./e13-listening-practice";
import { repairAfterMisstep } from "./e14-repair-after-a-misstep";
import { weeklyRelationshipMeeting } from "./e15-weekly-relationship-meeting";
import { understandingTheContext } from "./e16-understanding-the-context";
import { wallsAndWindowsMap } from "./e17-walls-and-windows-map";
import { momentThatHurtMost } from "./e18-moment-that-hurt-most";
import { forgivenessReflection } from "./e19-forgiveness-reflection";
import { appreciationLog } from "./e20-appreciation-log";
import { caringBehavioursExchange } from "./e21-caring-behaviours-exchange";
import { sharedRitualsPlanner } from "./e22-shared-rituals-planner";
import { intimacyPacing } from "./e23-intimacy-pacing";
import { livingAgreementReview } from "./e24-living-agreement-review";
import { setbackPlan } from "./e25-setback-plan";
import { feltHeardPulse } from "./m-felt-heard-pulse";
import { trustPulse } from "./m-trust-pulse";

/** Every exercise and measure Trellis ships: the catalogue in order (E01–E25), then the measures. */
export const BUILTIN_LIBRARY: readonly BuiltinTemplate[] = [
  privateSafetyCheckIn,
  hopesAndCommitment,
  timeOutAndSelfCarePlan,
  impactLetter,
  accountabilityAndApology,
  disclosureTimeline,
  questionsAndAnswersLog,
  thirdPartyContactBoundary,
  transparencyAgreement,
  triggerPlan,
  dailyTrustCheckIn,
  promiseLedger,
  listeningPractice,
  repairAfterMisstep,
  weeklyRelationshipMeeting,
  understandingTheContext,
  wallsAndWindowsMap,
  momentThatHurtMost,
  forgivenessReflection,
  appreciationLog,
  caringBehavioursExchange,
  sharedRitualsPlanner,
  intimacyPacing,
  livingAgreementReview,
  setbackPlan,
  feltHeardPulse,
  trustPulse,
];

export interface ParsedBuiltin extends Omit<BuiltinTemplate, "definition"> {
  definition: TTemplateDefinition;
}

/** The library with every definition parsed (defaults filled in); a bad definition is a build bug and throws. */
export function parsedBuiltinLibrary(): ParsedBuiltin[] {
  return BUILTIN_LIBRARY.map((builtin) => ({ ...builtin, definition: ZTemplateDefinition.parse(builtin.definition) }));
}
