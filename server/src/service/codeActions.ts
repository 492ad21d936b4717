/**
 * Quick fixes keyed on the diagnostic's rule code and `data`, and a "Fix all" source action.
 * Every fix is a small text edit at a place chosen from the YAML nodes' ranges, written with the
 * document's own line breaks and indentation step, so comments and layout stay as they were.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { getPair, nodeSpan, scalarText } from './ast';
import { applyEdits, diffEdit, indentUnit } from './edits';
import { entryFields, minimalCycleLines, plainStop, renderFields, stageFields } from './entryTemplates';
import { nodeAt } from './hover';
import type { ParsedTactic } from './index';
import { definitionsOf, deref, ID_KIND_LABEL, IdKind, Reference } from './model';
import { resolveRef, schemaAt } from './schema';
import { idRange } from './navigation';
import { closestNames, detectEol } from './text';
import { BLOCK_KEYS, BlockKey, DiagnosticData } from './types';

export const FIX_ALL_KIND = 'source.fixAll.tactic';
export const QUICKFIX_KIND = 'quickfix';

export interface TacticCodeAction {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edits: TextEdit[];
}

/** What the fix-all loop needs from the service: parsing and validating intermediate texts. */
export interface FixAllDeps {
  parse(text: string): ParsedTactic;
  validate(parsed: ParsedTactic): Diagnostic[];
}

interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  /** Safe to apply without asking (part of "Fix all"). */
  auto?: boolean;
}

/** Rules with a fix that needs no choice (the ones "Fix all" applies). */
const AUTO_FIXED = new Set(['missing-block', 'empty-block', 'missing-sales-cycle', 'schema', 'objection-without-response', 'risk-without-mitigation']);

/** Blocks and the sales cycle in the order of the format; new ones are inserted in this order. */
const TOP_ORDER: string[] = [...BLOCK_KEYS, 'sales_cycle'];

export function codeActions(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, deps: FixAllDeps): TacticCodeAction[] {
  const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: TacticCodeAction[] = [];
  if (wants(QUICKFIX_KIND)) {
    for (const d of diagnostics) {
      for (const fix of fixesFor(parsed, d)) {
        out.push({ title: fix.title, kind: QUICKFIX_KIND, diagnostics: [d], isPreferred: fix.preferred, edits: fix.edits });
      }
    }
    // Several blocks missing (they all point at the title): one action adds them all, in order.
    const missing = diagnostics.filter((d) => d.code === 'missing-block');
    if (missing.length > 1) {
      // Every insertion is zero-width, so blocks meant for one place follow each other in order.
      const edits = missing.flatMap((d) => fixesFor(parsed, d)[0]?.edits ?? []);
      if (edits.length) out.push({ title: `Add the ${missing.length} missing blocks`, kind: QUICKFIX_KIND, diagnostics: missing, edits });
    }
  }
  // Fix all re-validates the text several times, so it is computed only when asked for by kind
  // (the Source Action menu, `editor.codeActionsOnSave`), not for every light-bulb request.
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`))) {
    const edits = fixAll(parsed, deps);
    if (edits.length) out.push({ title: 'Fix all auto-fixable tactic problems', kind: FIX_ALL_KIND, edits });
  }
  return out;
}

/**
 * Applies every automatic fix and returns one edit. Each round applies the fixes of the current
 * findings whose edits do not collide, then re-parses and re-validates (a fix may reveal or
 * settle others); a round whose result has a new YAML problem falls back to its first fix alone.
 */
export function fixAll(parsed: ParsedTactic, deps: FixAllDeps): TextEdit[] {
  if (parsed.doc.broken) return [];
  let current = parsed;
  const attempted = new Set<string>();
  for (let round = 0; round < 50; round++) {
    const { text, lines } = current.doc;
    const accepted: Array<{ fix: Fix; spans: Array<[number, number]> }> = [];
    for (const d of deps.validate(current)) {
      const sig = `${d.code}|${messageText(d)}|${JSON.stringify(d.data ?? null)}|${lines.lineText(d.range.start.line)}`;
      if (!AUTO_FIXED.has(String(d.code)) || attempted.has(sig)) continue;
      const fix = fixesFor(current, d).find((f) => f.auto);
      if (!fix) continue;
      const spans = fix.edits.map((e): [number, number] => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)]);
      const collides = accepted.some((a) => a.spans.some(([s1, e1]) => spans.some(([s2, e2]) => s1 < e2 && s2 < e1)));
      if (collides) continue; // tried again next round, on the new text
      attempted.add(sig);
      accepted.push({ fix, spans });
    }
    if (!accepted.length) break;
    // Fixes that are fine alone can clash together (a renamed key and an inserted block): a
    // round may never add a YAML problem, else only its first fix is kept.
    const worse = (p: ParsedTactic) => p.doc.problems.length > current.doc.problems.length;
    let next = deps.parse(applyEdits(text, lines, accepted.flatMap((a) => a.fix.edits)));
    if (worse(next)) next = deps.parse(applyEdits(text, lines, accepted[0].fix.edits));
    if (worse(next) || next.doc.text === text) continue;
    current = next;
  }
  return diffEdit(parsed.doc.text, parsed.doc.lines, current.doc.text);
}

export function fixesFor(parsed: ParsedTactic, d: Diagnostic): Fix[] {
  const data = (d.data ?? {}) as DiagnosticData;
  try {
    switch (d.code) {
      case 'missing-block': {
        const block = data.block ?? quoted(messageText(d));
        return block && isBlock(block) ? insertBlockFix(parsed, block) : [];
      }
      case 'empty-block': {
        const block = data.block ?? quoted(messageText(d));
        return block && isBlock(block) ? emptyBlockFix(parsed, block) : [];
      }
      case 'missing-sales-cycle':
        return salesCycleFix(parsed);
      case 'unknown-reference':
        return unknownReferenceFixes(parsed, d, data);
      case 'schema':
        return schemaFixes(parsed, d, data);
      case 'objection-without-response':
        return addFieldFix(parsed, d, 'objections', 'responses', (unit) => ['responses:', `${unit}- <How to neutralize it>`], 'Add a response to this objection');
      case 'risk-without-mitigation':
        return addFieldFix(parsed, d, 'risks', 'mitigation', () => ['mitigation: <How to prevent or soften it>'], 'Add a mitigation to this risk');
      default:
        return [];
    }
  } catch {
    return []; // a fix that cannot be computed is simply not offered
  }
}

const isBlock = (k: string): k is BlockKey => (BLOCK_KEYS as readonly string[]).includes(k);

/**
 * The first `quoted` name in a message: the fallback when a client hands diagnostics back
 * without the `data` the server attached.
 */
function quoted(message: string): string | undefined {
  return /`([^`]+)`/.exec(message)?.[1];
}

function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
}

interface Layout {
  eol: string;
  unit: string;
}

const layouts = new WeakMap<ParsedTactic, Layout>();

/** The document's line break and indentation step (both scan the text, so once per parse). */
function layout(parsed: ParsedTactic): Layout {
  let l = layouts.get(parsed);
  if (!l) layouts.set(parsed, (l = { eol: detectEol(parsed.doc.text), unit: ' '.repeat(indentUnit(parsed.doc.text)) }));
  return l;
}

function templateIds(parsed: ParsedTactic) {
  return {
    decisionMaker: parsed.model.definitions.find((x) => x.kind === 'decision_maker')?.id,
    stage: parsed.model.definitions.find((x) => x.kind === 'stage')?.id,
  };
}

/** The lines of a list entry: `- first`, then the other lines under it. */
function entryLines(fieldLines: string[], dashIndent: string): string[] {
  return fieldLines.map((l, i) => `${dashIndent}${i === 0 ? '- ' : '  '}${l}`);
}

function insertBlockFix(parsed: ParsedTactic, block: BlockKey): Fix[] {
  if (parsed.model.blocks.has(block)) return [];
  const { unit } = layout(parsed);
  const fields = renderFields(entryFields(block, templateIds(parsed)), unit, plainStop);
  const edit = insertTopLevel(parsed, block, [`${block}:`, ...entryLines(fields, unit)]);
  return edit ? [{ title: `Add the \`${block}\` block`, edits: [edit], preferred: true, auto: true }] : [];
}

function emptyBlockFix(parsed: ParsedTactic, block: BlockKey): Fix[] {
  const info = parsed.model.blocks.get(block);
  if (!info) return [];
  const { unit } = layout(parsed);
  const fields = renderFields(entryFields(block, templateIds(parsed)), unit, plainStop);
  const edits = appendEntry(parsed, info.pair as Pair<Scalar, unknown>, fields);
  return edits ? [{ title: `Add an entry to \`${block}\``, edits, preferred: true, auto: true }] : [];
}

function salesCycleFix(parsed: ParsedTactic): Fix[] {
  if (parsed.model.cycle || !parsed.doc.root) return [];
  const edit = insertTopLevel(parsed, 'sales_cycle', minimalCycleLines(layout(parsed).unit));
  return edit ? [{ title: 'Add a minimal sales cycle (start, won and lost stages)', edits: [edit], preferred: true, auto: true }] : [];
}

function unknownReferenceFixes(parsed: ParsedTactic, d: Diagnostic, data: DiagnosticData): Fix[] {
  const ref = referencesByStart(parsed).get(parsed.doc.lines.offsetAt(d.range.start));
  if (!ref) return [];
  const out: Fix[] = [];
  const suggestions = data.suggestions ?? closestNames(ref.id, definitionsOf(parsed.model, ref.kind).keys());
  suggestions.forEach((s, i) => {
    out.push({ title: `Did you mean \`${s}\`?`, edits: [{ range: idRange(parsed, ref.node), newText: s }], preferred: i === 0 });
  });
  // Not part of "Fix all": a near id may be a typo or a decision maker still to be written down.
  const create = createDefinition(parsed, ref.kind, ref.id);
  if (create) out.push({ title: `Create ${ID_KIND_LABEL[ref.kind]} \`${ref.id}\``, edits: create });
  return out;
}

const refIndex = new WeakMap<ParsedTactic, Map<number, Reference>>();

/** References by start offset, built once per parse (a request may carry thousands of findings). */
function referencesByStart(parsed: ParsedTactic): Map<number, Reference> {
  let index = refIndex.get(parsed);
  if (!index) {
    index = new Map();
    for (const r of parsed.model.references) {
      const start = nodeSpan(r.node)?.[0];
      if (start !== undefined && !index.has(start)) index.set(start, r);
    }
    refIndex.set(parsed, index);
  }
  return index;
}

function createDefinition(parsed: ParsedTactic, kind: IdKind, id: string): TextEdit[] | undefined {
  const { unit } = layout(parsed);
  if (kind === 'decision_maker') {
    const fields = renderFields([{ key: 'id', value: id }, { key: 'title', placeholder: 'Job title' }], unit, plainStop);
    const block = parsed.model.blocks.get('decision_makers');
    if (block) return appendEntry(parsed, block.pair as Pair<Scalar, unknown>, fields);
    const edit = insertTopLevel(parsed, 'decision_makers', ['decision_makers:', ...entryLines(fields, unit)]);
    return edit && [edit];
  }
  if (kind === 'stage') {
    const fields = renderFields(stageFields(id), unit, plainStop).map((l) => l.replace(/^name: <(.*)>$/, 'name: $1'));
    const cycle = parsed.model.cycle;
    if (!cycle) {
      const edit = insertTopLevel(parsed, 'sales_cycle', ['sales_cycle:', `${unit}stages:`, ...entryLines(fields, unit + unit)]);
      return edit && [edit];
    }
    if (!cycle.node) return undefined;
    const stages = getPair(cycle.node, 'stages');
    if (stages) return appendEntry(parsed, stages as Pair<Scalar, unknown>, fields);
    return addFieldToMap(parsed, cycle.node, ['stages:', ...entryLines(fields, unit)]);
  }
  return undefined;
}

function schemaFixes(parsed: ParsedTactic, d: Diagnostic, data: DiagnosticData): Fix[] {
  const start = parsed.doc.lines.offsetAt(d.range.start);
  const at = nodeAt(parsed, start);
  let suggestions = data.suggestions;
  if (!suggestions && at) {
    // No `data`: work the suggestions out again from the schema.
    const schema = resolveRef(schemaAt(at.onKey ? at.path.slice(0, -1) : at.path));
    const written = scalarText(at.node) ?? '';
    if (at.onKey && /is not a field of/.test(messageText(d))) {
      data = { ...data, key: written };
      suggestions = closestNames(written, Object.keys(schema?.properties ?? {}));
    } else if (!at.onKey && schema?.enum) {
      suggestions = closestNames(written, schema.enum);
    }
  }
  if (!suggestions?.length) return [];
  if (data.key !== undefined) {
    // An unknown key: offer the close key names that the mapping does not have yet.
    const free = suggestions.filter((s) => !getPair(at?.parent, s));
    return free.map((s, i) => ({
      title: `Did you mean \`${s}\`?`, edits: [{ range: d.range, newText: s }], preferred: i === 0, auto: free.length === 1,
    }));
  }
  // A value outside an enum.
  if (!at || at.onKey || !isScalar(at.node)) return [];
  const range = idRange(parsed, at.node as Scalar);
  return suggestions.map((s, i) => ({ title: `Change to \`${s}\``, edits: [{ range, newText: s }], preferred: i === 0, auto: suggestions.length === 1 }));
}

function addFieldFix(parsed: ParsedTactic, d: Diagnostic, block: BlockKey, field: string, lines: (unit: string) => string[], title: string): Fix[] {
  const offset = parsed.doc.lines.offsetAt(d.range.start);
  const entry = parsed.model.blocks.get(block)?.entries.find((e) => {
    const span = nodeSpan(e);
    return span && span[0] <= offset && offset < span[1];
  });
  if (!entry || entry.flow) return [];
  const { unit } = layout(parsed);
  const existing = getPair(entry, field);
  const edits = existing ? fillEmptyValue(parsed, existing as Pair<Scalar, unknown>, lines(unit).slice(1), lines(unit)[0]) : addFieldToMap(parsed, entry, lines(unit));
  return edits ? [{ title, edits, preferred: true, auto: true }] : [];
}

// ——— edit builders ———

/** Inserts a top-level key (given as lines) before the next key in TOP_ORDER, or at the end. */
function insertTopLevel(parsed: ParsedTactic, key: string, lines: string[]): TextEdit | undefined {
  const { doc } = parsed;
  const { eol } = layout(parsed);
  const root = doc.root;
  if (root?.flow) return undefined;
  // The root mapping may itself be indented; new keys go at its column.
  const rootKey = nodeSpan(root?.items[0]?.key as Node);
  const rootCol = rootKey ? doc.lines.positionAt(rootKey[0]).character : 0;
  if (rootCol > 0) lines = lines.map((l) => ' '.repeat(rootCol) + l);
  const rank = TOP_ORDER.indexOf(key);
  const next = root?.items.find((p) => {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    return TOP_ORDER.indexOf(k) > rank;
  });
  const keyStart = nodeSpan(next?.key as Node)?.[0];
  if (keyStart !== undefined) {
    // Before the next block, and before the comment lines that introduce it.
    let line = doc.lines.positionAt(keyStart).line;
    while (line > 0 && /^\s*#/.test(doc.lines.lineText(line - 1))) line--;
    const at = doc.lines.lineStart(line);
    return { range: doc.lines.range(at, at), newText: lines.join(eol) + eol + eol };
  }
  // At the end, after a blank line. A pure insertion, so several blocks added at once simply
  // follow one another.
  const text = doc.text;
  const endsWithBreak = /[\r\n]$/.test(text);
  const endsWithBlank = /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(text);
  const lead = text.trim() === '' ? '' : endsWithBlank ? '' : endsWithBreak ? eol : eol + eol;
  return { range: doc.lines.range(text.length, text.length), newText: lead + lines.join(eol) + eol };
}

/** Appends an entry (field lines) to the list under `pair`, or fills an empty `[]`/null value. */
function appendEntry(parsed: ParsedTactic, pair: Pair<Scalar, unknown>, fieldLines: string[]): TextEdit[] | undefined {
  const { doc } = parsed;
  const { eol, unit } = layout(parsed);
  const value = deref(pair.value, doc.yaml!);
  if (isSeq(value) && !(value as YAMLSeq).flow && value.items.length > 0) {
    const span = nodeSpan(value as Node)!;
    const dashCol = doc.lines.positionAt(span[0]).character;
    const last = value.items[value.items.length - 1] as Node;
    const end = lastContentEnd(parsed, nodeSpan(last)?.[1] ?? span[1]);
    const at = doc.lines.lineEnd(doc.lines.positionAt(end).line);
    return [{ range: doc.lines.range(at, at), newText: eol + entryLines(fieldLines, ' '.repeat(dashCol)).join(eol) }];
  }
  if (isSeq(value) && value.items.length > 0) return undefined; // a non-empty flow list: leave its style alone
  const keyCol = doc.lines.positionAt(nodeSpan(pair.key)![0]).character;
  return fillEmptyValue(parsed, pair, entryLines(fieldLines, ' '.repeat(keyCol) + unit), undefined, true);
}

/**
 * Replaces an empty value (`key:`, `key: []`, `key: ""`) with `inline` after the colon and/or
 * `below` as lines under the key (already indented relative to the key's column unless `absolute`).
 */
function fillEmptyValue(parsed: ParsedTactic, pair: Pair<Scalar, unknown>, below: string[], inlineLine?: string, absolute = false): TextEdit[] | undefined {
  const { doc } = parsed;
  const { eol } = layout(parsed);
  const keySpan = nodeSpan(pair.key)!;
  const colon = doc.text.indexOf(':', keySpan[1]);
  if (colon < 0) return undefined;
  const value = pair.value as Node | null;
  const valueSpan = nodeSpan(value);
  const edits: TextEdit[] = [];
  let removeEnd = colon + 1;
  if (valueSpan && valueSpan[1] > valueSpan[0]) {
    const empty = (isSeq(value) && value.items.length === 0) || (isMap(value) && value.items.length === 0) || (isScalar(value) && (value.value === null || value.value === ''));
    if (!empty) return undefined;
    removeEnd = valueSpan[1];
  }
  const inline = inlineLine !== undefined ? inlineLine.replace(/^[^:]*:/, '') : '';
  edits.push({ range: doc.lines.range(colon + 1, removeEnd), newText: inline });
  if (below.length) {
    const keyCol = doc.lines.positionAt(keySpan[0]).character;
    const indent = absolute ? '' : ' '.repeat(keyCol);
    const at = doc.lines.lineEnd(doc.lines.positionAt(keySpan[0]).line);
    edits.push({ range: doc.lines.range(at, at), newText: eol + below.map((l) => indent + l).join(eol) });
  }
  return edits;
}

/** Adds lines (a new field) at the end of a block mapping, at its keys' column. */
function addFieldToMap(parsed: ParsedTactic, map: YAMLMap, lines: string[]): TextEdit[] | undefined {
  const { doc } = parsed;
  const { eol } = layout(parsed);
  if (map.flow || map.items.length === 0) return undefined;
  const firstKey = nodeSpan(map.items[0].key as Node);
  const span = nodeSpan(map);
  if (!firstKey || !span) return undefined;
  const col = doc.lines.positionAt(firstKey[0]).character;
  const end = lastContentEnd(parsed, span[1]);
  const at = doc.lines.lineEnd(doc.lines.positionAt(end).line);
  return [{ range: doc.lines.range(at, at), newText: eol + lines.map((l) => ' '.repeat(col) + l).join(eol) }];
}

/** The offset just after the last non-blank character before `end`. */
function lastContentEnd(parsed: ParsedTactic, end: number): number {
  const text = parsed.doc.text;
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return Math.max(0, e - 1);
}

