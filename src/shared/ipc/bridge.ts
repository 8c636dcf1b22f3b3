/** The header that carries the loopback bridge's per-run token. */
export const TOKEN_HEADER = 'X-BizLedger-Token'
/** The header that carries a signed-in user's session on the shared listener. */
export const SESSION_HEADER = 'X-BizLedger-Session'
