import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { OUTPUT, validatorSource } from '../../scripts/generate-validator.mjs';

describe('the ahead-of-time compiled schema validator', () => {
  it('is up to date with schemas/tactic.schema.json (run `npm run generate` after editing the schema)', () => {
    assert.equal(readFileSync(OUTPUT, 'utf8'), validatorSource());
  });
});
