/** Small numeric helpers for the bench. */
export function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` a few times to warm up (JIT, caches), then `reps` times; the durations in ms. */
export function timeSync(reps: number, fn: () => void): number[] {
  for (let i = 0; i < Math.max(2, reps >> 1); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
