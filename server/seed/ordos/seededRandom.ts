/** A seeded source of randomness: the same seed gives the same sequence on every machine. */
export interface SeededRandom {
  /** a float in [0, 1) */
  next(): number
  /** a whole number in [min, max], both included */
  int(min: number, max: number): number
  /** true with probability p */
  chance(p: number): boolean
  /** a log-normal draw: median × e^(sigma·N(0,1)) */
  logNormal(median: number, sigma: number): number
  /** shuffles the array in place (Fisher–Yates) and returns it */
  shuffle<T>(items: T[]): T[]
}

/**
 * mulberry32: a 32-bit PRNG, small and fast, good enough for synthetic data (not for secrets).
 * Chosen over Math.random so the synthetic year is the same on every run and every machine.
 *
 * @param seed any 32-bit integer
 * @example
 * seededRandom(2021).int(1, 6) // the same number every time
 */
export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const gauss = () => {
    // Box–Muller; 1 − next() keeps the logarithm away from 0.
    const u = 1 - next()
    const v = next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    logNormal: (median, sigma) => median * Math.exp(sigma * gauss()),
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = items[i] as T
        items[i] = items[j] as T
        items[j] = tmp
      }
      return items
    },
  }
}
