import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Role, Viewer } from "../auth/viewer";
import { ARCHIVED_COUPLE_MESSAGE, DomainError } from "../errors";
import { logger } from "../logger";
import type { TrpcContext } from "./context";
import { auditDenial } from "./denials";
import { fieldErrorsFrom, SanitizedInternalError, sanitizeInternalError, toTRPCError } from "./error-handling";
import { findPolicy, type PolicyName } from "./policies";

export interface ProcedureMeta {
  /** Required on every procedure; see server/api/policies.ts. */
  policy?: PolicyName;
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // Stacks never leave the server, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error, ctx, path }) {
      let message = shape.message;
      let correlationId: string | undefined;
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // Errors raised before any procedure ran (context creation, transport) arrive
        // here unsanitized; treat them the same way.
        const safe =
          error.cause instanceof SanitizedInternalError
            ? error.cause
            : (sanitizeInternalError(error, ctx?.log ?? logger, { path, requestId: ctx?.request.id }).cause as SanitizedInternalError);
        message = safe.message;
        correlationId = safe.correlationId;
      }
      const fieldErrors = error.code === "BAD_REQUEST" ? fieldErrorsFrom(error.cause) : undefined;
      if (fieldErrors && !(error.cause instanceof DomainError)) message = "Please correct the highlighted fields.";
      return {
        code: shape.code,
        message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...(fieldErrors ? { fieldErrors } : {}),
          ...(correlationId ? { correlationId } : {}),
        },
      };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become their tRPC code here and nowhere else; anything unexpected is sanitized. */
const mapErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const { cause } = result.error;
  if (cause instanceof DomainError) throw toTRPCError(cause);
  if (result.error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof SanitizedInternalError)) {
    const viewer = await ctx.getViewer().catch(() => null);
    throw sanitizeInternalError(cause ?? result.error, ctx.log, { path, requestId: ctx.request.id, userId: viewer?.userId });
  }
  return result;
});

/**
 * Every refusal by role, consent or scope (FORBIDDEN, or NOT_FOUND for an id outside
 * the caller's reach) leaves one `denied` audit row; see denials.ts. Outermost, so it
 * sees the codes after mapErrors has translated domain errors.
 */
const auditRefusals = t.middleware(async ({ ctx, next, path, getRawInput }) => {
  const result = await next();
  if (!result.ok && (result.error.code === "FORBIDDEN" || result.error.code === "NOT_FOUND")) {
    await auditDenial(ctx, { path, code: result.error.code, getRawInput });
  } else if (!result.ok && result.error.code === "UNAUTHORIZED") {
    ctx.log.debug({ path, requestId: ctx.request.id }, "refused a call without a signed-in viewer");
  }
  return result;
});

/**
 * Default deny: a procedure with no declared policy is refused, an anonymous caller
 * of a non-public procedure gets UNAUTHORIZED, and a role the policy does not name
 * gets FORBIDDEN. Runs before input parsing, so nothing about the input is revealed
 * to a caller who may not use the procedure.
 */
const enforcePolicy = t.middleware(async ({ ctx, meta, next, type }) => {
  const policy = findPolicy(meta?.policy);
  if (!policy) throw new TRPCError({ code: "FORBIDDEN", message: "This action is not available." });
  if (policy.roles === "public") return next();
  const viewer = await ctx.getViewer();
  if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  if (!policy.roles.includes(viewer.role)) throw new TRPCError({ code: "FORBIDDEN", message: "Your account can't do that." });
  // Nothing but the two-step verification steps until this sign-in has passed them (staff always, partners who
  // opted in). UNAUTHORIZED, not FORBIDDEN: the sign-in is not complete, and clients treat it as signed out.
  if (!viewer.mfaSatisfied && !("beforeMfa" in policy)) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
  }
  // A partner sees nothing of the couple's work until they have read and accepted its confidentiality policy.
  if (viewer.role === "partner" && !viewer.consentCurrent && !("beforeConsent" in policy)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Please read and accept how confidentiality works for the two of you first." });
  }
  // An archived couple is read-only for its partners: they may read and export, never change the couple's records.
  if (viewer.role === "partner" && viewer.coupleArchived && policy.scope === "own-couple" && type === "mutation") {
    throw new TRPCError({ code: "CONFLICT", message: ARCHIVED_COUPLE_MESSAGE });
  }
  return next();
});

const baseProcedure = t.procedure.use(auditRefusals).use(mapErrors).use(enforcePolicy);

export const publicProcedure = baseProcedure;

export const authedProcedure = baseProcedure.use(async ({ ctx, next }) => {
  const viewer = await ctx.getViewer();
  if (!viewer || !ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  return next({ ctx: { viewer, session: ctx.session } });
});

function requireRole<R extends Role>(role: R) {
  return t.middleware(async ({ ctx, next }) => {
    const viewer = await ctx.getViewer();
    if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
    if (viewer.role !== role) throw new TRPCError({ code: "FORBIDDEN", message: "Your account can't do that." });
    return next({ ctx: { viewer: viewer as Extract<Viewer, { role: R }> } });
  });
}

export const counselorProcedure = baseProcedure.use(requireRole("counselor"));
export const partnerProcedure = baseProcedure.use(requireRole("partner"));
export const adminProcedure = baseProcedure.use(requireRole("admin"));

