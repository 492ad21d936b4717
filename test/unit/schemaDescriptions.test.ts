/**
 * The schema's descriptions, as hover shows them, come from a generated module of literal
 * `l10n.t` calls (so the extractor finds them and they are translated): it must match the schema.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { descriptionsSource, describedNodes, OUTPUT } from '../../scripts/generate-schema-descriptions.mjs';
import { tacticSchema } from '../../server/src/service/domain/schema';
import { SCHEMA_DESCRIPTIONS, schemaDescription } from '../../server/src/service/generated/schemaDescriptions';

describe('the generated schema descriptions', () => {
  it('are up to date with schemas/tactic.schema.json (run `npm run generate` after editing the schema)', () => {
    assert.equal(readFileSync(OUTPUT as string, 'utf8'), descriptionsSource());
  });

  it('give every described node of the schema its markdownDescription, by its JSON pointer', () => {
    const nodes = describedNodes(tacticSchema) as Array<[string, string]>;
    assert.ok(nodes.length >= 80, `${nodes.length} descriptions`);
    for (const [pointer, text] of nodes) {
      assert.equal(SCHEMA_DESCRIPTIONS[pointer], text, pointer);
      const node = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((n, seg) => (n as Record<string, unknown>)[seg], tacticSchema) as object;
      assert.equal(schemaDescription(node), text, pointer);
    }
  });

  it('has none for an object that is not a node of the schema', () => {
    assert.equal(schemaDescription({ description: 'x' }), undefined);
    assert.equal(schemaDescription(undefined), undefined);
  });
});
