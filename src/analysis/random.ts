// Seeded randomness, so that the same inventory always gives the same communities and the
// same map: Louvain takes a generator; fcose draws from Math.random and offers no seed.
// One copy for the analysis, the map and the layout worker.

/** mulberry32: a small, fast, seeded generator (reproducibility is all that is needed). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator. `fn` must be synchronous. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
