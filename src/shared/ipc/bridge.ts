/** The header that carries the loopback bridge's per-run token. */
export const TOKEN_HEADER = 'X-BizLedger-Token'
