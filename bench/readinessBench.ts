/**
 * What readiness adds to a validation, in-process and warm, like the floor (bench/floor.ts): the
 * service from its sources, on the realistic tactic. In the editor each version of a tactic is
 * validated (diagnostics), then the CodeLens asks for its readiness from the same parse; so each
 * repetition parses the text afresh (no parse or people cache carried over from the last one),
 * validates it, and only then times `service.readiness(parsed)`.
 */
import { createTacticService } from '../server/src/service';
import { generateTactic, lineCount, REALISTIC_SHAPE } from './docs';
import { median } from './stats';

export interface ReadinessBenchResult {
  doc: string;
  lines: number;
  /** parse (service.parse, no previous version) of the whole text. */
  parseMs: number;
  /** service.validate(parsed): every diagnostic. */
  validateMs: number;
  /** service.readiness(parsed) right after that validation. */
  readinessMs: number;
  /** The score the realistic tactic gets (proof the checklist ran in full). */
  score: number | null;
  items: number;
  samples: { parseMs: number[]; validateMs: number[]; readinessMs: number[] };
}

export function benchReadiness(reps: number): ReadinessBenchResult {
  const text = generateTactic(REALISTIC_SHAPE, 1);
  // A fixed "now", so the review-age item is the same on every run.
  const service = createTacticService({ now: () => new Date('2026-11-29T12:00:00Z') });
  const samples = { parseMs: [] as number[], validateMs: [] as number[], readinessMs: [] as number[] };
  let last: ReturnType<typeof service.readiness> | undefined;
  const warmUp = Math.max(20, reps >> 1);
  for (let i = 0; i < warmUp + reps; i++) {
    const t0 = performance.now();
    const parsed = service.parse(text);
    const t1 = performance.now();
    service.validate(parsed);
    const t2 = performance.now();
    last = service.readiness(parsed);
    const t3 = performance.now();
    if (i < warmUp) continue;
    samples.parseMs.push(t1 - t0);
    samples.validateMs.push(t2 - t1);
    samples.readinessMs.push(t3 - t2);
  }
  if (!last || last.score === null) throw new Error(`readiness of the realistic tactic has no score: ${last?.noScoreReason}`);
  return {
    doc: 'realistic',
    lines: lineCount(text),
    parseMs: median(samples.parseMs)!,
    validateMs: median(samples.validateMs)!,
    readinessMs: median(samples.readinessMs)!,
    score: last.score,
    items: last.total,
    samples,
  };
}
