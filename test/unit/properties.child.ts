/**
 * The property checks of properties.test.ts, run in a child process (see helpers/isolated.ts) so
 * a hang or an abort is reported instead of taking the test runner down. Exits non-zero with
 * fast-check's counterexample when a property fails.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigTactic } from '../helpers/bigTactic';
import { beat } from '../helpers/isolated';
import { ROOT, service } from '../helpers/service';
import { codesAndLines, malformed } from '../helpers/wellFormed';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261129);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1);

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.tactic.yaml'))
  .map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

/** Pieces of YAML syntax, tactic keys and odd characters that generated texts are built from. */
const TOKENS = [
  'tactic: ', 'decision_makers:', 'sales_cycle:', 'stages:', 'start: ', 'next: ', 'outcome: won', 'id: ', 'title: ',
  'for: ', 'finds: ', 'steps: ', 'reviewed: 2020-01-01', 'risks:', 'objections:', 'responses:', '__proto__: ',
  'constructor', 'no', 'yes', 'on', '~', 'null', '1e9', '0x1F', '.inf', 'end', 'a', 'b_1',
  '- ', '-', '? ', ': ', ':', ',', '[', ']', '{', '}', '"', "'", '#', ' # c', '&a ', '*a', '&b ', '*b', '<<: ',
  '!tag ', '!!str ', '!!map ', '|', '>-', '|2', '---', '...', '%YAML 1.2', '%TAG ! tag:x,2024:', '\\', '\\u00',
  ' ', '  ', '    ', '\t', '\n', '\n', '\n  ', '\n    ', '\n  - ',
  '\uFEFF', '\u202E', '\u200B', '\u2028', '\u0085', '\uD800', '😀', 'é',
];

/** YAML-like text without CR (line ends are varied by the properties themselves). */
const yamlLike = fc.array(
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) }),
  { maxLength: 120 },
).map((parts) => parts.join('').replace(/\r/g, ''));

type Mutation = { kind: 'delete' | 'insert' | 'duplicate-line' | 'swap-lines' | 'indent'; at: number; len: number; token: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate-line', 'swap-lines', 'indent'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  token: fc.constantFrom(...TOKENS.filter((t) => !t.includes('\r'))),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % text.length : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
    case 'indent':
      return text.slice(0, at) + ' '.repeat(m.len % 7) + text.slice(at);
    default: {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const j = (m.at + m.len) % lines.length;
      if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
  }
}

const mutatedExample = fc.tuple(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([i, ms]) => ms.reduce(mutate, EXAMPLES[i]));

/** Validates in a watched step; throws (for fast-check) on any malformed diagnostic. */
function check(text: string, label: string) {
  beat(`${label}: ${JSON.stringify(text)}`);
  const ds = service.validate(text);
  const bad = malformed(text, ds);
  if (bad.length) throw new Error(`${label}: ${bad.join('; ')}`);
  return ds;
}

function sameForLineEnds(lf: string, label: string): void {
  const lfDiagnostics = check(lf, `${label} LF`);
  const want = codesAndLines(lfDiagnostics);
  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r']] as const) {
    const ds = check(lf.replace(/\n/g, eol), `${label} ${name}`);
    const got = codesAndLines(ds);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      const only = (a: typeof ds, b: string[]) => a.filter((d) => !b.includes(codesAndLines([d])[0]));
      throw new Error(`${label}: ${name} gives ${JSON.stringify(only(ds, want))} but LF gives ${JSON.stringify(only(lfDiagnostics, got))}`);
    }
  }
}

const options = (numRuns: number) => ({ seed: SEED, numRuns: numRuns * RUNS, endOnFailure: true });

fc.assert(fc.property(yamlLike, (text) => void check(text, 'generated')), options(400));
fc.assert(fc.property(mutatedExample, (text) => void check(text, 'mutated example')), options(300));
fc.assert(fc.property(yamlLike, (text) => sameForLineEnds(text, 'generated')), options(150));
fc.assert(fc.property(mutatedExample, (text) => sameForLineEnds(text, 'mutated example')), options(150));

// A short pattern repeated thousands of times: the shape of nesting and error-recovery attacks
// (`: !t %--- ` × 1,000 once aborted Node from inside the regex compiler). The child process
// dies or stalls if one gets through; well-formed findings are checked as above.
const repeated = fc.tuple(
  fc.constantFrom('', 'tactic: T\nx: ', 'tactic: T\nbad: [}\nx:\n  ', 'x:\n  - '),
  fc.array(fc.constantFrom('- ', '? ', ': ', '&a ', '!t ', '[', '{', ']', '}', '"', "'", '# ', '|', '\n', ' ', 'a: ', '*a ', ', ', '%', '--- ', 'k:', '\t'), { minLength: 1, maxLength: 4 }),
  fc.constantFrom(300, 1000, 5000),
).map(([prefix, pattern, times]) => prefix + pattern.join('').repeat(times));
fc.assert(fc.property(repeated, (text) => void check(text, 'repeated')), options(60));

// Large documents take the incremental path: validating an edit with the previous parse gives
// exactly what a fresh parse gives.
const BIG = bigTactic(300);
fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
  const edited = ms.reduce(mutate, BIG);
  beat(`incremental: ${JSON.stringify(ms)}`);
  const incremental = service.validate(service.parse(edited, service.parse(BIG)));
  const fresh = service.validate(edited);
  if (JSON.stringify(incremental) !== JSON.stringify(fresh)) {
    throw new Error(`incremental parse differs from a fresh one after ${JSON.stringify(ms)}`);
  }
}), options(15));
