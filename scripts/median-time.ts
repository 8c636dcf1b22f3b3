import { performance } from 'node:perf_hooks'

/** Median wall time of `runs` calls, in ms: one slow run (a GC, the other core busy) does not count. */
export function medianTime(fn: () => unknown, runs = 5): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}
