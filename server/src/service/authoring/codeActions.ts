/**
 * Quick fixes keyed on the diagnostic's rule code and `data`, and a "Fix all" source action.
 * Every fix is a small text edit at a place chosen from the YAML nodes' ranges, written with the
 * document's own line breaks and indentation step, so comments and layout stay as they were.
 */
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { getPair, nodeSpan, scalarText } from '../parsing/ast';
import { applyEdits, diffEdit, indentUnitOf } from './edits';
import { entryFields, entryLines, isUsableId, minimalCycleLines, plainStop, renderFields, stageFields, templateIds } from '../domain/entryTemplates';
import { nodeAt } from '../parsing/locate';
import type { ParsedTactic } from '../types';
import { definitionsOf, deref, ID_KIND_LABEL, IdKind, Reference } from '../model/model';
import { resolveRef, schemaAt } from '../domain/schema';
import { idRange } from '../parsing/locate';
import { closestNames, detectEol } from '../parsing/text';
import { DiagnosticData } from '../types';
import { BLOCK_KEYS, BlockKey } from '../domain/blocks';

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
  /**
   * The fix only replaces one single-line scalar with a plain name, exactly over the text that
   * was typed, so it cannot change the structure: the one kind of fix offered on a broken document.
   */
  scalarOnly?: boolean;
}

/** Rules with a fix that needs no choice (the ones "Fix all" applies). */
const AUTO_FIXED = new Set(['missing-block', 'empty-block', 'missing-sales-cycle', 'schema', 'objection-without-response', 'risk-without-mitigation']);

/** Blocks and the sales cycle in the order of the format; new ones are inserted in this order. */
const TOP_ORDER: string[] = [...BLOCK_KEYS, 'sales_cycle'];

export function codeActions(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, deps: FixAllDeps): TacticCodeAction[] {
  const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: TacticCodeAction[] = [];
  if (wants(QUICKFIX_KIND)) {
    const firstFix = new Map<Diagnostic, TextEdit[]>();
    for (const d of diagnostics) {
      const fixes = fixesFor(parsed, d);
      if (fixes.length) firstFix.set(d, fixes[0].edits);
      for (const fix of fixes) {
        out.push({ title: fix.title, kind: QUICKFIX_KIND, diagnostics: [d], isPreferred: fix.preferred, edits: fix.edits });
      }
    }
    // Several blocks missing (they all point at the title): one action adds them all, in order.
    const missing = diagnostics.filter((d) => d.code === 'missing-block');
    if (missing.length > 1) {
      // Every insertion is zero-width, so blocks meant for one place follow each other in order.
      const edits = missing.flatMap((d) => firstFix.get(d) ?? []);
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
  const fixes = allFixesFor(parsed, d);
  // Next to a structural YAML error the tree may not be what the text says (a block read as a
  // scalar, lines lost): inserting blocks or fields there lands in the wrong place.
  return parsed.doc.broken ? fixes.filter((f) => f.scalarOnly) : fixes;
}

function allFixesFor(parsed: ParsedTactic, d: Diagnostic): Fix[] {
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
  if (!l) layouts.set(parsed, (l = { eol: detectEol(parsed.doc.text), unit: ' '.repeat(indentUnitOf(parsed.doc)) }));
  return l;
}

/**
 * The column of `offset` counted in indentation: a byte order mark at the start of the text is
 * no column (else new lines would be indented by one space more than the first key).
 */
function columnAt(parsed: ParsedTactic, offset: number): number {
  const { line, character } = parsed.doc.lines.positionAt(offset);
  return line === 0 && character > 0 && parsed.doc.text.charCodeAt(0) === 0xfeff ? character - 1 : character;
}

/**
 * Whether `range` is exactly the text of the scalar `node` (inside its quotes), on one line and
 * equal to its value: replacing it with a plain name then changes that name and nothing else.
 */
function replacesOneName(parsed: ParsedTactic, node: unknown, range: Range): boolean {
  if (!isScalar(node) || typeof node.value !== 'string' || range.start.line !== range.end.line) return false;
  const { lines, text } = parsed.doc;
  const own = idRange(parsed, node as Scalar);
  const [start, end] = [lines.offsetAt(range.start), lines.offsetAt(range.end)];
  return start === lines.offsetAt(own.start) && end === lines.offsetAt(own.end) && text.slice(start, end) === node.value;
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
  const range = idRange(parsed, ref.node);
  const scalarOnly = replacesOneName(parsed, ref.node, range);
  suggestions.filter(isUsableId).forEach((s, i) => {
    out.push({ title: `Did you mean \`${s}\`?`, edits: [{ range, newText: s }], preferred: i === 0, scalarOnly });
  });
  // Not part of "Fix all": a near id may be a typo or a decision maker still to be written down.
  // An invalid id (emoji, invisible characters, `true`) is never copied into a new entry.
  const create = isUsableId(ref.id) ? createDefinition(parsed, ref.kind, ref.id) : undefined;
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
    const scalarOnly = !!at?.onKey && replacesOneName(parsed, at.node, d.range);
    return free.map((s, i) => ({
      title: `Did you mean \`${s}\`?`, edits: [{ range: d.range, newText: s }], preferred: i === 0, auto: free.length === 1, scalarOnly,
    }));
  }
  // A value outside an enum.
  if (!at || at.onKey || !isScalar(at.node)) return [];
  const range = idRange(parsed, at.node as Scalar);
  const scalarOnly = replacesOneName(parsed, at.node, range);
  return suggestions.map((s, i) => ({ title: `Change to \`${s}\``, edits: [{ range, newText: s }], preferred: i === 0, auto: suggestions.length === 1, scalarOnly }));
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
  const rootCol = rootKey ? columnAt(parsed, rootKey[0]) : 0;
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
    // never in front of a byte order mark
    const at = line === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : doc.lines.lineStart(line);
    return { range: doc.lines.range(at, at), newText: lines.join(eol) + eol + eol };
  }
  // At the end of the first document, after a blank line. A pure insertion, so several blocks
  // added at once simply follow one another.
  const at = firstDocumentEnd(parsed);
  const text = doc.text.slice(0, at).replace(/\r\n?/g, '\n'); // one character per break: a CRLF is not a blank line
  const endsWithBreak = /\n$/.test(text);
  const endsWithBlank = /\n[ \t]*\n$/.test(text);
  const lead = text.trim() === '' ? '' : endsWithBlank ? '' : endsWithBreak ? eol : eol + eol;
  return { range: doc.lines.range(at, at), newText: lead + lines.join(eol) + eol };
}

/**
 * Where text appended to the tactic goes: the end of the text, or, when a `---` starts another
 * YAML document or a `...` ends the first one, the start of that marker's line (anything after
 * it is not part of the tactic).
 */
function firstDocumentEnd(parsed: ParsedTactic): number {
  const { text, lines, yaml } = parsed.doc;
  const end = Math.min(yaml?.range[2] ?? text.length, text.length);
  let line = lines.positionAt(end).line;
  // yaml's range stops at a `---` but takes in a `...` end marker (and what follows it on its line)
  if (end > lines.lineStart(line)) line++;
  if (line >= lines.lineCount) line = lines.lineCount;
  while (line > 0 && /^\.\.\.([ \t]|$)/.test(lines.lineText(line - 1))) line--;
  return line >= lines.lineCount ? text.length : lines.lineStart(line);
}

/** Appends an entry (field lines) to the list under `pair`, or fills an empty `[]`/null value. */
function appendEntry(parsed: ParsedTactic, pair: Pair<Scalar, unknown>, fieldLines: string[]): TextEdit[] | undefined {
  const { doc } = parsed;
  const { eol, unit } = layout(parsed);
  const value = deref(pair.value, doc.yaml!);
  if (isSeq(value) && !(value as YAMLSeq).flow && value.items.length > 0) {
    const span = nodeSpan(value as Node)!;
    const dashCol = columnAt(parsed, span[0]);
    const last = value.items[value.items.length - 1] as Node;
    const end = lastContentEnd(parsed, nodeSpan(last)?.[1] ?? span[1]);
    const at = doc.lines.lineEnd(doc.lines.positionAt(end).line);
    return [{ range: doc.lines.range(at, at), newText: eol + entryLines(fieldLines, ' '.repeat(dashCol)).join(eol) }];
  }
  if (isSeq(value) && value.items.length > 0) return undefined; // a non-empty flow list: leave its style alone
  const keyCol = columnAt(parsed, nodeSpan(pair.key)![0]);
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
    const keyCol = columnAt(parsed, keySpan[0]);
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
  const col = columnAt(parsed, firstKey[0]);
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

