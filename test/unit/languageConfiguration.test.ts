import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFixture } from '../helpers/service';

/** What VS Code reads from language-configuration.json for tactic files (no YAML mode needed). */
const config = JSON.parse(readFixture('language-configuration.json'));

describe('language configuration', () => {
  it('toggles # comments and matches and auto-closes brackets and quotes', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
    const opens = config.autoClosingPairs.map((p: { open: string }) => p.open);
    for (const o of ['{', '[', '"', "'"]) assert.ok(opens.includes(o), o);
  });
  it('selects ids with _ and - as one word', () => {
    const word = new RegExp(config.wordPattern, 'g');
    const words = (s: string) => s.match(word);
    assert.deepEqual(words('finds: [ops_director, demo-call]'), ['finds', 'ops_director', 'demo-call']);
    assert.ok(words('  - for: cfo')!.includes('cfo'));
  });
  it('indents after a key that opens a block and aligns keys after `- key: value`', () => {
    const [opens, item] = config.onEnterRules;
    assert.ok(new RegExp(opens.beforeText).test('decision_makers:'));
    assert.ok(new RegExp(opens.beforeText).test('  next:   # where to go'));
    assert.equal(opens.action.indent, 'indent');
    assert.ok(new RegExp(item.beforeText).test('  - id: cfo'));
    assert.equal(item.action.appendText, '  ');
  });
  it('folds by indentation', () => {
    assert.equal(config.folding.offSide, true);
  });
});
