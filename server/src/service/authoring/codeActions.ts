/**
 * Quick fixes keyed on the diagnostic's rule code, range and `data` (never its message, which is
 * for people and may be translated), and a "Fix all" source action.
 * Every fix is a small text edit at a place chosen from the YAML nodes' ranges, written with the
 * document's own line breaks and indentation step, so comments and layout stay as they were.
 */
import * as l10n from '@vscode/l10n';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { getPair, nodeSpan, scalarText } from '../parsing/ast';
import { applyEdits, diffEdit, indentUnitOf } from './edits';
import { entryFields, entryLines, isUsableId, minimalCycleLines, plainStop, renderFields, stageFields, templateIds } from '../domain/entryTemplates';
import { nodeAt } from '../parsing/locate';
import type { ParsedTactic } from '../types';
import { definitionsOf, deref, IdKind, Reference } from '../model/model';
import { resolveRef, schemaAt } from '../domain/schema';
import { idRange, NodeAt } from '../parsing/locate';
import { closestNames, detectEol } from '../parsing/text';
import { BLOCK_KEYS, BlockKey, isBlockKey } from '../domain/blocks';
import { didYouMean } from '../messages';
import { plural } from '../l10n';
import { peopleOf, Person } from '../model/people';

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

/**
 * The `<…>` placeholders the quick fixes write into the tactic, in the user's language (keys stay
 * English). The comment keeps them apart from the same words elsewhere.
 */
const placeholder = {
  response: () => l10n.t({ message: 'How to neutralize it', comment: ['placeholder a quick fix writes into the tactic, between < and >'] }),
  mitigation: () => l10n.t({ message: 'How to prevent or soften it', comment: ['placeholder a quick fix writes into the tactic, between < and >'] }),
  jobTitle: () => l10n.t({ message: 'Job title', comment: ['placeholder a quick fix writes into the tactic, between < and >'] }),
  action: () => l10n.t({ message: 'An action that moves the deal forward', comment: ['placeholder a quick fix writes into the tactic, between < and >'] }),
  objection: () => l10n.t({ message: 'What they object to', comment: ['placeholder a quick fix writes into the tactic, between < and >'] }),
};

/** The title of the action that adds all `count` missing blocks at once (count ≥ 2). */
function missingBlocksTitle(count: number): string {
  return plural(count, {
    one: () => l10n.t({ message: 'Add the {0} missing blocks', args: [count], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'Add the {0} missing blocks', args: [count], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'Add the {0} missing blocks', args: [count], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'Add the {0} missing blocks', args: [count], comment: ['plural: other'] }),
  });
}

export function codeActions(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, deps: FixAllDeps): TacticCodeAction[] {
  const wants = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: TacticCodeAction[] = [];
  if (wants(QUICKFIX_KIND)) {
    // The same fix for findings of one rule at one place is one action (findings without data
    // cannot tell apart the missing blocks, which all point at the title).
    const offered = new Map<string, TacticCodeAction>();
    for (const d of diagnostics) {
      for (const fix of fixesFor(parsed, d)) {
        const key = JSON.stringify([d.code, d.range, fix.title, fix.edits]);
        const same = offered.get(key);
        if (same) {
          same.diagnostics!.push(d);
          continue;
        }
        const action: TacticCodeAction = { title: fix.title, kind: QUICKFIX_KIND, diagnostics: [d], isPreferred: fix.preferred, edits: fix.edits };
        offered.set(key, action);
        out.push(action);
      }
    }
    // Several blocks missing (they all point at the title): one action adds them all, in order.
    const missing = diagnostics.filter((d) => d.code === 'missing-block');
    if (missing.length > 1 && !parsed.doc.broken) {
      const blocks = new Set(missing.flatMap((d) => missingBlocksOf(parsed, d)));
      // Every insertion is zero-width, so blocks meant for one place follow each other in order.
      const edits = BLOCK_KEYS.filter((b) => blocks.has(b)).map((b) => insertBlockFix(parsed, b)[0]?.edits ?? []).filter((e) => e.length > 0);
      if (edits.length > 1) out.push({ title: missingBlocksTitle(edits.length), kind: QUICKFIX_KIND, diagnostics: missing, edits: edits.flat() });
    }
  }
  // Fix all re-validates the text several times, so it is computed only when asked for by kind
  // (the Source Action menu, `editor.codeActionsOnSave`), not for every light-bulb request.
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`))) {
    const edits = fixAll(parsed, deps);
    if (edits.length) out.push({ title: l10n.t('Fix all auto-fixable tactic problems'), kind: FIX_ALL_KIND, edits });
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
      // The finding, recognisable across rounds: its line may move, its text and data do not.
      const sig = `${d.code}|${JSON.stringify(d.data ?? null)}|${d.range.start.character}|${lines.lineText(d.range.start.line)}`;
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
  try {
    switch (d.code) {
      case 'missing-block':
        return missingBlocksOf(parsed, d).flatMap((block, i) => insertBlockFix(parsed, block).map((f) => ({ ...f, preferred: i === 0 })));
      case 'empty-block': {
        const block = emptyBlockOf(parsed, d);
        return block ? emptyBlockFix(parsed, block) : [];
      }
      case 'missing-sales-cycle':
        return salesCycleFix(parsed);
      case 'unknown-reference':
        return unknownReferenceFixes(parsed, d);
      case 'schema':
        return schemaFixes(parsed, d);
      case 'objection-without-response':
        return addFieldFix(parsed, d, 'objections', 'responses', (unit) => ['responses:', `${unit}- <${placeholder.response()}>`], l10n.t('Add a response to this objection'));
      case 'risk-without-mitigation':
        return addFieldFix(parsed, d, 'risks', 'mitigation', () => [`mitigation: <${placeholder.mitigation()}>`], l10n.t('Add a mitigation to this risk'));
      case 'unreached-decision-maker':
        return personAt(parsed, d, (p) => moveFix(parsed, p));
      case 'unmitigated-opponent':
        return personAt(parsed, d, (p) => [...moveFix(parsed, p), ...objectionFromFix(parsed, p)]);
      case 'no-economic-buyer':
        return roleFixes(parsed, 'economic_buyer', (id) => l10n.t('Make `{0}` the economic buyer', id));
      case 'no-coach':
        return roleFixes(parsed, 'coach', (id) => l10n.t('Make `{0}` the coach', id));
      case 'chain-without-economic-buyer':
        return chainEconomicBuyerFixes(parsed, d);
      case 'reporting-cycle':
        return personAt(parsed, d, (p) => removeReportsToFix(parsed, p));
      default:
        return [];
    }
  } catch {
    return []; // a fix that cannot be computed is simply not offered
  }
}

// ——— what a finding is about: its data, checked (a client may drop it or hand back an older
// server's), else what its range and the document say ———

/** A diagnostic's `data` as a record of unknown fields, or an empty one. */
function dataOf(d: Diagnostic): Record<string, unknown> {
  return d.data !== null && typeof d.data === 'object' && !Array.isArray(d.data) ? (d.data as Record<string, unknown>) : {};
}

/** Whether the diagnostic came without data (a client may drop it). */
function hasNoData(d: Diagnostic): boolean {
  return d.data === undefined || d.data === null;
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function stringsOf(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}

function blockOf(d: Diagnostic): BlockKey | undefined {
  const block = stringOf(dataOf(d).block);
  return block !== undefined && isBlockKey(block) ? block : undefined;
}

/**
 * The block a `missing-block` finding is about. Without data all such findings point at the
 * title, so any block still missing may be the one: each is offered.
 */
function missingBlocksOf(parsed: ParsedTactic, d: Diagnostic): BlockKey[] {
  const block = blockOf(d);
  if (block) return [block];
  return hasNoData(d) ? BLOCK_KEYS.filter((b) => !parsed.model.blocks.has(b)) : [];
}

/** The block an `empty-block` finding is about: its data, else the block whose key is at its range. */
function emptyBlockOf(parsed: ParsedTactic, d: Diagnostic): BlockKey | undefined {
  const block = blockOf(d);
  if (block || !hasNoData(d)) return block;
  const start = parsed.doc.lines.offsetAt(d.range.start);
  return [...parsed.model.blocks.values()].find((b) => nodeSpan(b.pair.key as Node)?.[0] === start)?.key;
}

/** The fixes a schema finding needs: a close key for an unknown one, a close value for one outside an enum. */
type SchemaFix = { kind: 'unknown-key' | 'bad-enum'; suggestions: string[] };

/**
 * What a `schema` finding at `at` (where its range starts) is about, when a quick fix can help:
 * from its data when that still describes the text there, else worked out from the schema.
 */
function schemaFixOf(d: Diagnostic, at: NodeAt): SchemaFix | undefined {
  const data = dataOf(d);
  const written = scalarText(at.node) ?? '';
  const suggestions = stringsOf(data.suggestions);
  if (data.kind === 'unknown-key' && at.onKey && data.key === written && suggestions) return { kind: 'unknown-key', suggestions };
  if (data.kind === 'bad-enum' && !at.onKey && data.value === written && suggestions) return { kind: 'bad-enum', suggestions };
  if (!hasNoData(d)) return undefined; // another kind of finding, or the text has changed since
  if (at.onKey) {
    // A key the mapping's schema does not allow.
    const schema = resolveRef(schemaAt(at.path.slice(0, -1)));
    const keys = Object.keys(schema?.properties ?? {});
    if (schema?.additionalProperties !== false || keys.includes(written)) return undefined;
    return { kind: 'unknown-key', suggestions: closestNames(written, keys) };
  }
  const schema = resolveRef(schemaAt(at.path));
  if (!schema?.enum || schema.enum.includes(written)) return undefined;
  return { kind: 'bad-enum', suggestions: closestNames(written, schema.enum) };
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
  return edit ? [{ title: l10n.t('Add the `{0}` block', block), edits: [edit], preferred: true, auto: true }] : [];
}

function emptyBlockFix(parsed: ParsedTactic, block: BlockKey): Fix[] {
  const info = parsed.model.blocks.get(block);
  if (!info) return [];
  const { unit } = layout(parsed);
  const fields = renderFields(entryFields(block, templateIds(parsed)), unit, plainStop);
  const edits = appendEntry(parsed, info.pair as Pair<Scalar, unknown>, fields);
  return edits ? [{ title: l10n.t('Add an entry to `{0}`', block), edits, preferred: true, auto: true }] : [];
}

function salesCycleFix(parsed: ParsedTactic): Fix[] {
  if (parsed.model.cycle || !parsed.doc.root) return [];
  const edit = insertTopLevel(parsed, 'sales_cycle', minimalCycleLines(layout(parsed).unit));
  return edit ? [{ title: l10n.t('Add a minimal sales cycle (start, won and lost stages)'), edits: [edit], preferred: true, auto: true }] : [];
}

function unknownReferenceFixes(parsed: ParsedTactic, d: Diagnostic): Fix[] {
  const ref = referencesByStart(parsed).get(parsed.doc.lines.offsetAt(d.range.start));
  if (!ref) return [];
  const out: Fix[] = [];
  // The data's suggestions, if they are for the reference that is there now.
  const data = dataOf(d);
  const given = data.id === ref.id && data.refKind === ref.kind ? stringsOf(data.suggestions) : undefined;
  const suggestions = given ?? closestNames(ref.id, definitionsOf(parsed.model, ref.kind).keys());
  const range = idRange(parsed, ref.node);
  const scalarOnly = replacesOneName(parsed, ref.node, range);
  suggestions.filter(isUsableId).forEach((s, i) => {
    out.push({ title: didYouMean(s), edits: [{ range, newText: s }], preferred: i === 0, scalarOnly });
  });
  // Not part of "Fix all": a near id may be a typo or a decision maker still to be written down.
  // An invalid id (emoji, invisible characters, `true`) is never copied into a new entry.
  const create = isUsableId(ref.id) ? createDefinition(parsed, ref.kind, ref.id) : undefined;
  if (create) out.push({ title: CREATE_TITLE[ref.kind](ref.id), edits: create });
  return out;
}

const CREATE_TITLE: Record<IdKind, (id: string) => string> = {
  decision_maker: (id) => l10n.t('Create decision maker `{0}`', id),
  approval_chain: (id) => l10n.t('Create approval chain `{0}`', id),
  stage: (id) => l10n.t('Create stage `{0}`', id),
};

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
    const fields = renderFields([{ key: 'id', value: id }, { key: 'title', placeholder: placeholder.jobTitle() }], unit, plainStop);
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

function schemaFixes(parsed: ParsedTactic, d: Diagnostic): Fix[] {
  const at = nodeAt(parsed, parsed.doc.lines.offsetAt(d.range.start));
  const fix = at && schemaFixOf(d, at);
  if (!at || !fix?.suggestions.length) return [];
  if (fix.kind === 'unknown-key') {
    // Offer the close key names that the mapping does not have yet.
    const free = fix.suggestions.filter((s) => !getPair(at.parent, s));
    const scalarOnly = replacesOneName(parsed, at.node, d.range);
    return free.map((s, i) => ({
      title: didYouMean(s), edits: [{ range: d.range, newText: s }], preferred: i === 0, auto: free.length === 1, scalarOnly,
    }));
  }
  // A value outside an enum.
  if (!isScalar(at.node)) return [];
  const { suggestions } = fix;
  const range = idRange(parsed, at.node as Scalar);
  const scalarOnly = replacesOneName(parsed, at.node, range);
  return suggestions.map((s, i) => ({ title: l10n.t('Change to `{0}`', s), edits: [{ range, newText: s }], preferred: i === 0, auto: suggestions.length === 1, scalarOnly }));
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

// ——— the people (format v2) ———

/** The decision maker whose id the finding's range covers. */
function personAt(parsed: ParsedTactic, d: Diagnostic, fixes: (p: Person) => Fix[]): Fix[] {
  const offset = parsed.doc.lines.offsetAt(d.range.start);
  const person = peopleOf(parsed.doc, parsed.model).persons.find((p) => {
    const span = nodeSpan(p.entry);
    return p.id !== undefined && span && span[0] <= offset && offset < span[1];
  });
  return person ? fixes(person) : [];
}

/** Appends an entry to a block, or adds the block with it. */
function addEntry(parsed: ParsedTactic, block: BlockKey, fieldLines: string[]): TextEdit[] | undefined {
  const info = parsed.model.blocks.get(block);
  if (info) return appendEntry(parsed, info.pair, fieldLines);
  const edit = insertTopLevel(parsed, block, [`${block}:`, ...entryLines(fieldLines, layout(parsed).unit)]);
  return edit ? [edit] : undefined;
}

function moveFix(parsed: ParsedTactic, p: Person): Fix[] {
  const edits = addEntry(parsed, 'advancement_actions', [`action: <${placeholder.action()}>`, `for: [${p.id}]`]);
  return edits ? [{ title: l10n.t('Add an advancement action for `{0}`', p.id!), edits, preferred: true }] : [];
}

function objectionFromFix(parsed: ParsedTactic, p: Person): Fix[] {
  const { unit } = layout(parsed);
  const edits = addEntry(parsed, 'objections', [`objection: <${placeholder.objection()}>`, 'responses:', `${unit}- <${placeholder.response()}>`, `from: [${p.id}]`]);
  return edits ? [{ title: l10n.t('Add an objection from `{0}`', p.id!), edits }] : [];
}

/** Gives the role to a decision maker who has none yet (the first few, in order). */
function roleFixes(parsed: ParsedTactic, role: string, title: (id: string) => string): Fix[] {
  const out: Fix[] = [];
  for (const p of peopleOf(parsed.doc, parsed.model).persons) {
    if (out.length >= 5) break;
    if (p.id === undefined || getPair(p.entry, 'role')) continue;
    const edits = addFieldToMap(parsed, p.entry, [`role: ${role}`]);
    if (edits) out.push({ title: title(p.id), edits });
  }
  return out;
}

/** "Add `cfo` to this chain", for each economic buyer: a new last step. */
function chainEconomicBuyerFixes(parsed: ParsedTactic, d: Diagnostic): Fix[] {
  const people = peopleOf(parsed.doc, parsed.model);
  const offset = parsed.doc.lines.offsetAt(d.range.start);
  const chain = people.chains.find((c) => {
    const span = nodeSpan(c.entry);
    return span && span[0] <= offset && offset < span[1];
  });
  const pair = chain && (getPair(chain.entry, 'steps') as Pair<Scalar, unknown> | undefined);
  if (!pair) return [];
  const steps = deref(pair.value, parsed.doc.yaml!);
  const out: Fix[] = [];
  for (const p of people.persons) {
    if (p.role !== 'economic_buyer' || p.id === undefined || people.byId.get(p.id) !== p) continue;
    let edits: TextEdit[] | undefined;
    if (isSeq(steps) && steps.flow && steps.items.length > 0) {
      // `[a, b]` → `[a, b, cfo]`: just before the closing bracket.
      const last = nodeSpan(steps.items[steps.items.length - 1] as Node);
      if (last) edits = [{ range: parsed.doc.lines.range(last[1], last[1]), newText: `, ${p.id}` }];
    } else {
      edits = appendEntry(parsed, pair, [p.id]);
    }
    if (edits) out.push({ title: l10n.t('Add `{0}` to this chain', p.id), edits, preferred: out.length === 0 });
  }
  return out;
}

/** Deletes the `reports_to` line of a person on a loop (only when it has a line of its own). */
function removeReportsToFix(parsed: ParsedTactic, p: Person): Fix[] {
  const pair = getPair(p.entry, 'reports_to');
  const span = pair && nodeSpan(pair as never);
  if (!span) return [];
  const { lines, text } = parsed.doc;
  const start = lines.positionAt(span[0]);
  const end = lines.positionAt(span[1]);
  if (start.line !== end.line || text.slice(lines.lineStart(start.line), span[0]).trim() !== '') return [];
  const from = lines.lineStart(start.line);
  const to = start.line + 1 < lines.lineCount ? lines.lineStart(start.line + 1) : lines.lineEnd(start.line);
  return [{ title: l10n.t('Remove the `reports_to` of `{0}`', p.id!), edits: [{ range: lines.range(from, to), newText: '' }] }];
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

