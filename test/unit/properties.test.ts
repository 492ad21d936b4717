/**
 * Property-based checks of the service over generated YAML-like text and random mutations of the
 * examples (the checks are in properties.child.ts): validate never throws, never hangs (a step
 * stalling for 15 s fails), stays within a 1 GB heap, every range lies inside the document, the
 * rules answer the same for LF, CRLF and CR line ends, patterns repeated thousands of times
 * (nesting and error-recovery attacks) neither abort nor hang, and the incremental parse of a large
 * document agrees with a fresh one. Set PROPERTY_SEED / PROPERTY_RUNS to explore further.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runIsolated } from '../helpers/isolated';

describe('service properties', () => {
  it('hold for generated and mutated tactics', async () => {
    const { beats } = await runIsolated(join(__dirname, 'properties.child.ts'), { stallMs: 15_000, maxOldSpaceMb: 1024 });
    // The checks really ran: every property reported its steps.
    for (const label of ['generated:', 'mutated example:', 'generated LF', 'generated CRLF', 'mutated example CR', 'repeated:', 'incremental:']) {
      assert.ok(beats.some((b) => b.startsWith(label)), `no step "${label}" ran`);
    }
    assert.ok(beats.length > 1500, `only ${beats.length} steps ran`);
  });
});
