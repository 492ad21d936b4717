import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { VALIDATORS, validatorSource } from '../../scripts/generate-validator.mjs';

describe('the ahead-of-time compiled schema validators', () => {
  for (const v of VALIDATORS as Array<{ schema: string; output: string }>) {
    it(`is up to date with ${v.schema} (run \`npm run generate\` after editing the schema)`, () => {
      assert.equal(readFileSync(v.output, 'utf8'), validatorSource(v));
    });
  }
});
