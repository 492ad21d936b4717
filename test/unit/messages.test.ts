/**
 * Messages are whole sentences with placeholders: the `format` helper, and the sentences written
 * once per block and per schema object, kept in step with what they stand for (BLOCK_PURPOSE,
 * the schema's titles and descriptions).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLOCK_KEYS, BLOCK_PURPOSE } from '../../server/src/service';
import { resolveRef, SchemaNode, tacticSchema } from '../../server/src/service/domain/schema';
import { codeList, format, sentences } from '../../server/src/service/messages';
import { missingFieldMessage, Owner, unknownKeyMessage } from '../../server/src/service/validation/schemaMessages';
import { findings } from '../helpers/service';

describe('format', () => {
  it('fills {n} placeholders, each as often as it appears', () => {
    assert.equal(format('`{0}` is on line {1}; `{0}` again.', 'cfo', 3), '`cfo` is on line 3; `cfo` again.');
  });
  it('does not fill a value into another placeholder, and keeps one without a value', () => {
    assert.equal(format('{0} and {1}', '{1}', 'x'), '{1} and x');
    assert.equal(format('{0} and {2}', 'a'), 'a and {2}');
    assert.equal(format('no values {0}'), 'no values {0}');
  });
  it('leaves other braces alone', () => {
    assert.equal(format('`{ to: <stage id> }`, not `{0}`.', 5), '`{ to: <stage id> }`, not `5`.');
  });
  it('joins whole sentences, skipping the absent ones; lists literal values', () => {
    assert.equal(sentences('One.', undefined, false, 'Two.'), 'One. Two.');
    assert.equal(codeList(['a', 'b']), '`a`, `b`');
  });
});

describe('one sentence per block', () => {
  it('missing-block says what the block is for, as the hover does', () => {
    const messages = findings('tactic: T\n', 'missing-block').map((d) => d.message);
    assert.deepEqual(messages, BLOCK_KEYS.map((b) => `The tactic has no \`${b}\` block: ${BLOCK_PURPOSE[b]}.`));
  });
  it('empty-block too', () => {
    const text = `tactic: T\n${BLOCK_KEYS.map((b) => `${b}: []\n`).join('')}`;
    const messages = findings(text, 'empty-block').map((d) => d.message);
    assert.deepEqual(messages, BLOCK_KEYS.map((b) => `The \`${b}\` block is empty: ${BLOCK_PURPOSE[b]}.`));
  });
});

/** Every object of the schema, as the schema findings name it: its owner and its old glued label. */
function schemaObjects(): Array<{ node: SchemaNode; owner: Owner; label: string }> {
  const out: Array<{ node: SchemaNode; owner: Owner; label: string }> = [];
  const walk = (raw: SchemaNode | undefined, entry: boolean, field: string, root: boolean, depth = 0) => {
    const node = resolveRef(raw);
    if (!node || depth > 20) return;
    if (node.properties) {
      const t = node.title?.toLowerCase();
      const owner: Owner = root ? { kind: 'tactic' } : t ? { kind: 'titled', title: t, entry, field } : { kind: 'named', field };
      // How the messages named the object before they were whole sentences.
      const label = root ? 'the tactic' : t ? (entry ? `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}` : `the ${t}`) : `\`${field}\``;
      out.push({ node, owner, label });
      for (const [k, v] of Object.entries(node.properties)) walk(v, false, k, false, depth + 1);
    }
    if (node.items) walk(node.items, true, field, false, depth + 1);
    for (const branch of node.oneOf ?? []) walk(branch, entry, field, false, depth + 1);
  };
  walk(tacticSchema, false, '', true);
  return out;
}

describe('one sentence per schema object', () => {
  const objects = schemaObjects();
  it('finds the objects of the schema', () => {
    assert.ok(objects.length >= 13, objects.map((o) => o.label).join(', '));
  });
  it('an unknown key: for every object that allows no other keys', () => {
    for (const { owner, label } of objects.filter((o) => o.node.additionalProperties === false)) {
      assert.equal(unknownKeyMessage(owner, 'zz', [], ['a'], false), `\`zz\` is not a field of ${label}. Allowed keys: \`a\`.`);
      assert.equal(unknownKeyMessage(owner, 'zz', ['a'], ['a'], true), `\`zz\` is not a field of ${label}. Did you mean \`a\`? It contains invisible characters (shown as ⟨U+…⟩): delete and retype it.`);
    }
  });
  it('a missing field: for every required field, with its description', () => {
    const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
    let count = 0;
    for (const { node, owner, label } of objects) {
      for (const field of node.required ?? []) {
        const desc = resolveRef(node.properties?.[field])?.description;
        assert.equal(missingFieldMessage(owner, field), `${capitalize(label)} needs \`${field}\`${desc ? ` (${lowerFirst(desc.replace(/\.$/, ''))})` : ''}.`);
        count++;
      }
    }
    assert.ok(count >= 18, `${count} required fields`);
  });
  it('a value of the wrong type: the schema only expects lists, mappings and text (the sentences cover these)', () => {
    const types = new Set<string>();
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        for (const [k, v] of Object.entries(n)) {
          if (k === 'type' && (typeof v === 'string' || Array.isArray(v))) [v].flat().forEach((t) => types.add(String(t)));
          else walk(v);
        }
      }
    };
    walk(tacticSchema);
    assert.deepEqual([...types].sort(), ['array', 'null', 'object', 'string']);
  });
});
