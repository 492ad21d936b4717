/**
 * What each file of the hostile corpus (test/fixtures/hostile) must get: the findings that make
 * the problem clear, where they start (1-based line:column, as an editor shows it), or
 * `accepted` (no yaml-syntax and no schema finding). Shared by the service and the LSP tests; a
 * corpus file without an entry here fails both.
 */
import { DEFAULT_LINT_CONFIG, type Diagnostic } from '../../server/src/service/types';
import { MAX_DIAGNOSTICS } from '../../server/src/service/validation/diagnostics';
import { service } from './service';
import { malformed } from './wellFormed';

export interface Finding {
  code: string;
  /** 1-based "line:column" of the range start, or just the line. */
  at: string;
  message?: RegExp;
}

export interface Expectation {
  /** Findings that must be present (others may be too). */
  findings?: Finding[];
  /** No yaml-syntax or schema finding at all. */
  accepted?: boolean;
  /** Codes that must not appear at all. */
  absent?: string[];
  /** Exactly this many findings of a code. */
  count?: { code: string; n: number };
  /**
   * More findings of this code than MAX_DIAGNOSTICS allows: the document's findings stop at the
   * cap, every other finding it has (those it gets with this code turned off; they come first in
   * document order) is kept, and this code fills the rest. Derived, so a new rule that also fires
   * on the document does not change the expectation.
   */
  fillsCap?: string;
}

const syntax = (at: string, message?: RegExp): Finding => ({ code: 'yaml-syntax', at, message });
const schema = (at: string, message?: RegExp): Finding => ({ code: 'schema', at, message });
const DEEP = /Nesting is deeper than 256 levels here/;
const EMPTY = /The tactic is empty/;
const INVISIBLE = /⟨U\+[0-9A-F]{4}⟩.*invisible characters/;

export const HOSTILE_EXPECTATIONS: Record<string, Expectation> = {
  'alias-as-key': { findings: [syntax('2:1', /Keys must be plain names/)] },
  'alias-bomb': { findings: [syntax('3', /alias bomb/)], count: { code: 'yaml-syntax', n: 1 } },
  'alias-bomb-big': { findings: [syntax('3', /alias bomb/)], count: { code: 'yaml-syntax', n: 1 } },
  'alias-chain-deep': { findings: [syntax('3', /Aliases nest deeper than 256 levels/)] },
  'alias-circular': { findings: [syntax('5:16', /`\*loop` leads back into its own anchor/)] },
  'alias-undefined': { findings: [syntax('1:9', /`\*title` refers to no anchor/), syntax('2:8', /`\*nobody`/)] },
  'bidi-and-zero-width-ids': {
    findings: [schema('3:9', INVISIBLE), schema('5:9', INVISIBLE), schema('7:9', INVISIBLE), schema('9:9', INVISIBLE)],
    absent: ['yaml-syntax'],
  },
  'bidi-in-text': { accepted: true },
  'bom-inside-key': { findings: [schema('2:1', INVISIBLE)] },
  'complex-keys': { findings: [syntax('2:3', /Keys must be plain names/), syntax('4:1'), syntax('5:1')] },
  'control-characters': { accepted: true },
  'custom-tag-directive': { findings: [syntax('3:9', /Unknown tag/)] },
  'custom-tags': { findings: [syntax('1:9', /Unknown tag.*os\.system/), syntax('2:8', /Unknown tag/), syntax('3:10', /Unknown tag/)] },
  'deep-block-compact-10000': { findings: [syntax('3', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-block-explicit-keys-10000': { findings: [syntax('3', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-flow-10000': { findings: [syntax('2:260', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-flow-after-error-10000': { findings: [syntax('3:260', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-flow-map-10000': { findings: [syntax('2', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'duplicate-keys': { findings: [syntax('3:1', /appears twice/), syntax('7:5', /appears twice/)] },
  'empty-key-and-value': { findings: [syntax('2:1', /has no key/), schema('3:1'), schema('4:1', /`owner` must be text, not empty/)] },
  'lone-surrogate-escape': { findings: [syntax('2:20', /Invalid escape/)] },
  'merge-keys': { findings: [schema('6:5', /Merge keys/), schema('9:5', /Merge keys/)], absent: ['yaml-syntax'] },
  'mermaid-and-html-text': { accepted: true },
  'multi-document': { findings: [syntax('3:1', /exactly one YAML document/)], count: { code: 'yaml-syntax', n: 1 } },
  'multi-document-leading-marker': { findings: [syntax('3:1', /exactly one YAML document/)] },
  'null-root': { findings: [schema('1:1', EMPTY)] },
  'only-comments': { findings: [schema('1:1', EMPTY)] },
  'only-document-marker': { findings: [schema('1', EMPTY)] },
  'prototype-keys': {
    findings: [
      schema('2:1', /`__proto__` is not a field/), schema('3:1', /`constructor` is not a field/),
      { code: 'unknown-reference', at: '15:48', message: /`tostring`/ },
      { code: 'unknown-reference', at: '15:58', message: /`valueof`/ },
      { code: 'unknown-reference', at: '15:67', message: /`hasownproperty`/ },
    ],
    // `constructor` and `prototype` are defined ids; Object.prototype must not count as one.
    count: { code: 'unknown-reference', n: 3 },
  },
  'quote-trick-block-scalar': { findings: [syntax('5:260', DEEP)] },
  'quote-trick-comma': { findings: [syntax('3', DEEP)] },
  'quote-trick-plain-colon': { findings: [syntax('3', DEEP)] },
  'quote-trick-plain-dash': { findings: [syntax('4:260', DEEP)] },
  'scalar-root': { findings: [schema('1:1', /mapping of keys/)] },
  'sequence-root': { findings: [schema('1:1', /mapping of keys/)] },
  'syntax-anchor-without-node': { findings: [syntax('2:8', /Anchor/), syntax('3:13', /at most one anchor/)] },
  'syntax-bad-escape': { findings: [syntax('1:14', /Invalid escape sequence \\q/), syntax('1:28', /\\x4/)] },
  'syntax-bad-indentation': { findings: [syntax('3')], absent: ['schema'] },
  'syntax-block-scalar-header': { findings: [syntax('2:15', /Block scalar header/), syntax('4:9', /Block scalar header/)] },
  'syntax-compact-nested-mapping': { findings: [syntax('2:8', /Nested mappings/)] },
  'syntax-content-after-document-end': { findings: [syntax('3:1', /the `\.\.\.` before this line ended it/)] },
  'syntax-flow-missing-comma': { findings: [syntax('5:16', /This `\[` is never closed/), syntax('5:31', /Unexpected `\{`/)] },
  'syntax-long-implicit-key': { findings: [syntax('2:1', /1024/)] },
  'syntax-multiline-implicit-key': { findings: [syntax('2:1', /single line/)] },
  'syntax-reserved-indicators': { findings: [syntax('2:8', /reserved character @/), syntax('3:10', /reserved character `/)] },
  'syntax-sequence-after-mapping': { findings: [syntax('2:1')] },
  'syntax-stray-closing-bracket': { findings: [syntax('2:8', /Unexpected `\]`/)] },
  'syntax-unclosed-double-quote': { findings: [syntax('1:9', /double quote is never closed/)], count: { code: 'yaml-syntax', n: 1 } },
  'syntax-unclosed-flow-map': { findings: [syntax('4:7', /This `\{` is never closed/)], count: { code: 'yaml-syntax', n: 1 } },
  'syntax-unclosed-flow-seq': { findings: [syntax('5:16', /This `\[` is never closed/)], count: { code: 'yaml-syntax', n: 1 } },
  'syntax-unclosed-single-quote': { findings: [syntax('2:8', /single quote is never closed/)], count: { code: 'yaml-syntax', n: 1 } },
  'syntax-unknown-directive': { findings: [syntax('1:1', /Unknown directive %FOO/)] },
  'tabs-as-indentation': { findings: [syntax('3:1', /Tabs cannot indent/), syntax('4:1', /Tabs cannot indent/)] },
  'tabs-inside-values': { accepted: true },
  'unicode-line-separators': { accepted: true },
  'yaml11-booleans-as-ids': {
    // YAML 1.2: no, yes, on, off, y are plain text, so valid ids that references find.
    findings: [{ code: 'unknown-reference', at: '16:34', message: /`n`.*Did you mean `no`/ }],
    count: { code: 'unknown-reference', n: 1 },
    absent: ['yaml-syntax', 'schema'],
  },
  'yaml12-booleans-and-numbers-as-ids': {
    findings: [
      schema('3:9', /not `true`\. Put it in quotes/), schema('5:9', /not `123`/), schema('7:9', /`2024-01-01` is not a valid id/),
      schema('9:9', /not `NaN`/), schema('11:9', /not empty/),
    ],
  },

  // Generated by generate.mjs
  'empty': { findings: [schema('1:1', EMPTY)] },
  'whitespace-only': { findings: [schema('1:1', EMPTY)] },
  'bom-only': { findings: [schema('1:1', EMPTY)] },
  'bom-start': { accepted: true },
  'bom-twice': { findings: [schema('1:2', INVISIBLE)] },
  'nul-bytes': { findings: [syntax('2:10', /NUL character/)], count: { code: 'yaml-syntax', n: 1 } },
  'nul-only': { findings: [syntax('1:1', /NUL character/)] },
  'invalid-utf8': { findings: [schema('7:9', /`cf\uFFFDo` is not a valid id/)], absent: ['yaml-syntax'] },
  'invalid-utf8-in-key': { findings: [schema('2:1', /is not a field/)], absent: ['yaml-syntax'] },
  'utf16le-with-bom': { findings: [syntax('1:4', /NUL character.*UTF-16/)] },
  'crlf': { findings: [schema('9:8', /`owner` must be text, not a list/)], absent: ['yaml-syntax'], count: { code: 'schema', n: 1 } },
  'lone-cr': { findings: [syntax('5:8', /This `\[` is never closed/)] },
  'mixed-line-ends': { accepted: true },
  'cr-before-nesting': { findings: [syntax('3:260', DEEP)] },
  'single-line-5mb': { findings: [syntax('1:1', /5\.2 MB; tactic files over 2 MB are not checked/)], count: { code: 'yaml-syntax', n: 1 } },
  'single-line-just-under-limit': { accepted: true },
  'flow-list-100k-items': { accepted: true },
  // 30,000 bad references: the document's findings stop at MAX_DIAGNOSTICS (1,000), and some of those
  // are its other findings (missing blocks and the like), which come first in document order.
  'many-findings': { findings: [{ code: 'unknown-reference', at: '8:13', message: /`nobody`/ }], fillsCap: 'unknown-reference' },
  'long-ids-no-match': { findings: [{ code: 'unknown-reference', at: '46:13' }], count: { code: 'unknown-reference', n: 20 } },
  'deep-block-indented-1500': { findings: [syntax('517', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-block-anchors-100000': { findings: [syntax('3', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-block-tags-100000': { findings: [syntax('3', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'many-syntax-errors': { findings: [syntax('2:1', /Unexpected `\]`/)], count: { code: 'yaml-syntax', n: 1000 } },
  'deep-block-inline-indicators': { findings: [syntax('1', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'deep-flow-1m': { findings: [syntax('2:260', DEEP)], count: { code: 'yaml-syntax', n: 1 } },
  'many-anchors': { findings: [schema('2:1', /`x` is not a field/)], absent: ['yaml-syntax'] },
  'many-documents': { findings: [syntax('2:1', /exactly one YAML document/)], count: { code: 'yaml-syntax', n: 1 } },
  // Duplicate keys stop at 1,000 and the document's findings at 1,000 in all, its other findings first.
  'many-duplicate-keys': { findings: [syntax('3:1', /appears twice.*The first `owner` is on line 2/)], fillsCap: 'yaml-syntax' },
  'flow-map-duplicate-keys': { findings: [syntax('2:11', /appears twice/)], fillsCap: 'yaml-syntax' },
  // Schema findings stop at 1,000, and the document's at 1,000 in all, its other findings first.
  'many-keys': { findings: [schema('2:1', /`k0` is not a field/)], fillsCap: 'schema' },
};

const fmt = (d: Diagnostic) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.message).slice(0, 120)}`;

/** Everything wrong with `diagnostics` for corpus case `name`; empty when it gets what it should. */
export function unmet(name: string, text: string, diagnostics: readonly Diagnostic[]): string[] {
  const e = HOSTILE_EXPECTATIONS[name];
  if (!e) return [`${name}: no expectation in test/helpers/hostileExpectations.ts`];
  const out = malformed(text, diagnostics).map((m) => `${name}: ${m}`);
  const shown = () => diagnostics.filter((d) => d.code === 'yaml-syntax' || d.code === 'schema' || d.code === 'unknown-reference').slice(0, 6).map(fmt).join(' | ');
  for (const f of e.findings ?? []) {
    const [line, col] = f.at.split(':').map(Number);
    const hit = diagnostics.some((d) => d.code === f.code && d.range.start.line + 1 === line
      && (col === undefined || d.range.start.character + 1 === col) && (!f.message || f.message.test(String(d.message))));
    if (!hit) out.push(`${name}: no ${f.code} at ${f.at}${f.message ? ` matching ${f.message}` : ''}; got ${shown()}`);
  }
  if (e.accepted) {
    const bad = diagnostics.filter((d) => d.code === 'yaml-syntax' || d.code === 'schema');
    if (bad.length) out.push(`${name}: should be accepted, got ${bad.slice(0, 3).map(fmt).join(' | ')}`);
  }
  for (const code of e.absent ?? []) {
    const bad = diagnostics.filter((d) => d.code === code);
    if (bad.length) out.push(`${name}: unexpected ${code}: ${bad.slice(0, 3).map(fmt).join(' | ')}`);
  }
  if (e.count) {
    const n = diagnostics.filter((d) => d.code === e.count!.code).length;
    if (n !== e.count.n) out.push(`${name}: ${n} ${e.count.code} findings, expected ${e.count.n}`);
  }
  if (e.fillsCap) {
    const code = e.fillsCap;
    const others = service.validate(text, { ...DEFAULT_LINT_CONFIG, rules: { [code]: 'off' } }).length;
    const n = diagnostics.filter((d) => d.code === code).length;
    if (diagnostics.length !== MAX_DIAGNOSTICS) out.push(`${name}: ${diagnostics.length} findings, expected MAX_DIAGNOSTICS (${MAX_DIAGNOSTICS})`);
    if (others === 0 || n !== MAX_DIAGNOSTICS - others) {
      out.push(`${name}: ${n} ${code} findings, expected ${MAX_DIAGNOSTICS - others}: MAX_DIAGNOSTICS less the ${others} other findings the document has`);
    }
  }
  return out;
}
