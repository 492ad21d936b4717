/**
 * copyConfig (spliced into the bundled Mermaid as its getConfig body) must return exactly what
 * Mermaid's own `assignWithDepth({}, config)` returns: the reference is Mermaid's function, taken
 * from the installed package's source, not a copy of it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { copyConfig } from '../../client/webview/mermaidConfigCopy';
import { ROOT } from '../helpers/service';

type AssignWithDepth = (dst: object, src: object) => object;

/** Mermaid's assignWithDepth, evaluated from the chunk that defines getConfig(). */
function mermaidAssignWithDepth(): AssignWithDepth {
  const dir = join(ROOT, 'node_modules', 'mermaid', 'dist', 'chunks', 'mermaid.core');
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes('return assignWithDepth_default({}, currentConfig);')) continue;
    const start = text.indexOf('var assignWithDepth = ');
    const endMark = '}, "assignWithDepth");';
    const end = text.indexOf(endMark, start);
    assert.ok(start >= 0 && end > start, `assignWithDepth not found in ${file}`);
    const source = text.slice(start, end + endMark.length);
    return new Function('__name', `${source}\nreturn assignWithDepth;`)((f: unknown) => f);
  }
  throw new Error('no Mermaid chunk defines getConfig()');
}

const assignWithDepth = mermaidAssignWithDepth();

/** Keys in order, values compared by identity below depth 3 and structurally above. */
function assertSameCopy(actual: unknown, expected: unknown, depth = 0, path = '$'): void {
  if (typeof expected !== 'object' || expected === null || depth >= 3) {
    assert.ok(Object.is(actual, expected), `${path}: not the same value as Mermaid's copy`);
    return;
  }
  assert.equal(Array.isArray(actual), Array.isArray(expected), `${path}: array or object`);
  assert.deepEqual(Reflect.ownKeys(actual as object), Reflect.ownKeys(expected), `${path}: keys`);
  for (const key of Reflect.ownKeys(expected)) {
    assertSameCopy((actual as Record<PropertyKey, unknown>)[key], (expected as Record<PropertyKey, unknown>)[key], depth + 1, `${path}.${String(key)}`);
  }
}

const leaf = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(Number.NaN));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(fc.oneof(leaf, fc.constant(1), fc.constant('a')), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('__proto__', 'theme', 'flowchart')), tie('node'), { maxKeys: 5 }),
})).object;

describe('copyConfig (the preview bundle\'s Mermaid getConfig)', () => {
  it('returns what Mermaid\'s assignWithDepth({}, config) returns, for any config', () => {
    fc.assert(fc.property(value, (config) => assertSameCopy(copyConfig(config), assignWithDepth({}, config))), { numRuns: 2000 });
  });

  it('copies a Mermaid-like config two levels deep, like Mermaid: changing the copy leaves the config alone', () => {
    const config = {
      theme: 'default',
      securityLevel: 'strict',
      flowchart: { htmlLabels: true, curve: 'basis', nested: { padding: 8 } },
      themeVariables: { primaryColor: '#fff', fontFamily: 'sans-serif' },
      dompurifyConfig: null,
      secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'secure'],
    };
    const copy = copyConfig(config);
    assertSameCopy(copy, assignWithDepth({}, config));
    copy.flowchart.htmlLabels = false;
    copy.flowchart.nested.padding = 0;
    copy.themeVariables.primaryColor = '#000';
    copy.secure.push('x');
    assert.equal(config.flowchart.htmlLabels, true);
    assert.equal(config.flowchart.nested.padding, 8);
    assert.equal(config.themeVariables.primaryColor, '#fff');
    assert.deepEqual(config.secure, ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'secure']);
    assert.deepEqual(copy.secure, ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'x']);
    assert.ok(!('dompurifyConfig' in copy), 'object-typed nulls are dropped, as Mermaid drops them');
  });
});
