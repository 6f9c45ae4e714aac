/**
 * The only words next-auth passes from a failed sign-in to the browser (besides its own
 * "CredentialsSignin" for a wrong email or password). Shared with the sign-in form.
 */
export const SIGN_IN_UNAVAILABLE = "ServiceUnavailable";
/** Too many attempts for this email or address; the same for known and unknown emails. */
export const SIGN_IN_THROTTLED = "TooManyAttempts";
