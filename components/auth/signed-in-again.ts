/**
 * Fired on window after someone signs in again without leaving the page, so autosaving
 * forms send what they hold at once instead of waiting for their next retry.
 */
export const SIGNED_IN_AGAIN_EVENT = "trellis:signed-in-again";
