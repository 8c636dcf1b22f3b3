/**
 * Slows and stops password guessing. Every login attempt is counted as a failure before its
 * password is checked (a success takes it back), so parallel guesses cannot slip past the count.
 *  - per account: from the 3rd failure in a row the next try must wait 1 s, then 2, 4 … up to a
 *    minute; the 10th locks the account for 15 minutes;
 *  - per remote address: from the 6th failure within 15 minutes, the same growing wait.
 * A try made before its wait is over is refused without looking at the password.
 */
export interface GuardPolicy {
  /** Failures in a row that lock an account. */
  lockAfter: number
  lockMs: number
  /** Failures (per account / per address) answered without a wait. */
  freeAccount: number
  freeAddress: number
  /** The first wait, doubled with each further failure, up to maxWaitMs. */
  firstWaitMs: number
  maxWaitMs: number
  /** How long an address's failures are remembered. */
  addressWindowMs: number
}

export const DEFAULT_POLICY: GuardPolicy = {
  lockAfter: 10,
  lockMs: 15 * 60_000,
  freeAccount: 2,
  freeAddress: 5,
  firstWaitMs: 1000,
  maxWaitMs: 60_000,
  addressWindowMs: 15 * 60_000,
}

/** An account's (or an unknown name's) record of failures. */
export interface Failures {
  count: number
  lastAt: number | null
  lockedUntil: number | null
}

/** The wait after `count` failures, of which the first `free` cost nothing. */
export function waitAfter(count: number, free: number, policy: GuardPolicy): number {
  if (count <= free) return 0
  return Math.min(policy.firstWaitMs * 2 ** (count - free - 1), policy.maxWaitMs)
}

/** When the next try may be made (ms), given the record: its lock, else its wait. */
export function nextTry(f: Failures, policy: GuardPolicy): number {
  if (f.lockedUntil !== null) return f.lockedUntil
  if (f.lastAt === null) return 0
  return f.lastAt + waitAfter(f.count, policy.freeAccount, policy)
}

const MAX_TRACKED = 10_000

/** Failures by remote address (in memory; a restart forgets them, the accounts' locks stay). */
export class AddressGuard {
  private readonly seen = new Map<string, number[]>()

  constructor(private readonly policy: GuardPolicy) {}

  /** When `address` may try next (0: now). */
  nextTry(address: string, now: number): number {
    const times = this.recent(address, now)
    if (times.length === 0) return 0
    return times[times.length - 1] + waitAfter(times.length, this.policy.freeAddress, this.policy)
  }

  fail(address: string, now: number): void {
    const times = this.recent(address, now)
    times.push(now)
    this.seen.set(address, times)
    if (this.seen.size > MAX_TRACKED) this.prune(now)
  }

  /** Takes back the failure counted ahead of a try that succeeded. */
  succeed(address: string): void {
    const times = this.seen.get(address)
    times?.pop()
    if (times?.length === 0) this.seen.delete(address)
  }

  private recent(address: string, now: number): number[] {
    return (this.seen.get(address) ?? []).filter((t) => now - t < this.policy.addressWindowMs)
  }

  private prune(now: number) {
    for (const [address, times] of this.seen) {
      if (times.every((t) => now - t >= this.policy.addressWindowMs)) this.seen.delete(address)
    }
    // Still too many (a flood of addresses): forget the oldest entries first.
    for (const address of this.seen.keys()) {
      if (this.seen.size <= MAX_TRACKED) break
      this.seen.delete(address)
    }
  }
}
