/**
 * The service half of hostile.test.ts, run in a child process with a capped heap (see
 * helpers/isolated.ts): every corpus case is validated, and checked against its expectation.
 */
import { decodeAsEditor, hostileCorpus } from '../fixtures/hostile/generate.mjs';
import { HOSTILE_EXPECTATIONS, unmet } from '../helpers/hostileExpectations';
import { beat } from '../helpers/isolated';
import { service } from '../helpers/service';

const problems: string[] = [];
const names = new Set<string>();
for (const c of hostileCorpus()) {
  names.add(c.name);
  const text = decodeAsEditor(c.bytes());
  beat(c.name);
  try {
    problems.push(...unmet(c.name, text, service.validate(text)));
  } catch (e) {
    problems.push(`${c.name}: validate threw ${(e as Error)?.stack ?? e}`);
  }
}
for (const name of Object.keys(HOSTILE_EXPECTATIONS)) if (!names.has(name)) problems.push(`${name}: expectation for a file that is not in the corpus`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
