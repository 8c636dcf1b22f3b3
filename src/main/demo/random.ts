/**
 * A small seeded PRNG for the demo data. Math.random cannot be seeded, and the demo must be
 * reproducible: the same seed gives the same ledger, so a bug seen on one machine can be
 * replayed on another and tests can compare two loads.
 */

/** FNV-1a over the text: turns a seed and a label into an independent 32-bit state. */
function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export class Rng {
  private state: number

  constructor(
    /** Kept so that `fork` can derive streams from the original seed, not from the current state. */
    private readonly seedText: string,
  ) {
    this.state = hash32(seedText)
  }

  static fromSeed(seed: number): Rng {
    return new Rng(`bizledger-demo:${seed}`)
  }

  /**
   * An independent stream for one part of the demo. Each loader gets its own, so adding a draw
   * to (say) the events does not shift every enterprise generated after it.
   */
  fork(label: string): Rng {
    return new Rng(`${this.seedText}/${label}`)
  }

  /** mulberry32: fast, 32-bit state, good enough for sample data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, w] of items) total += w
    let r = this.next() * total
    for (const [v, w] of items) {
      r -= w
      if (r < 0) return v
    }
    return items[items.length - 1][0]
  }

  /** Fisher–Yates, in place; returns the array for chaining. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i]
      items[i] = items[j]
      items[j] = tmp
    }
    return items
  }

  /** `n` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(n, items.length))
  }

  /** Roughly log-normal: many small values, a long tail of large ones (capital, rents). */
  logNormal(median: number, spread: number): number {
    // Box–Muller; 1 - next() keeps the logarithm finite.
    const u = 1 - this.next()
    const v = this.next()
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    return median * Math.exp(spread * z)
  }
}
