/**
 * Completion: keys valid at the cursor (never one the mapping already has), enum and suggested
 * values, ids for references, entry snippets with their required fields as tab stops, and the
 * whole-tactic snippet. The cursor's place comes from the text around it (cursorContext.ts), so
 * completion keeps working while the document is broken elsewhere.
 */
import * as l10n from '@vscode/l10n';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-types';
import { containerOfKey, cursorContext, listItems, CursorContext, PathSeg, Shapes, Word } from './cursorContext';
import { indentUnitOf } from './edits';
import { entryFields, entryLines, escapeSnippet, minimalCycleLines, renderFields, snippetStops, stageFields, templateIds, wholeTacticSnippet } from '../domain/entryTemplates';
import type { ParsedTactic } from '../types';
import { getPair, scalarText } from '../parsing/ast';
import { definitionsOf, ID_KIND_LABEL, ID_PATTERN, IdKind } from '../model/model';
import { resolveRef, schemaAt, SchemaNode } from '../domain/schema';
import { schemaText } from '../domain/schemaText';
import { Position } from '../types';
import { BLOCK_KEYS, BlockKey } from '../domain/blocks';

/** LSP enum values, spelled out to keep the service free of the LSP runtime. */
const KIND = { Property: 10, Value: 12, Snippet: 15, Reference: 18, EnumMember: 20 } as const;
const SNIPPET = 2;
const TRIGGER_SUGGEST = { get title() { return l10n.t('Suggest'); }, command: 'editor.action.triggerSuggest' };

export interface CompletionOptions {
  /** Today as YYYY-MM-DD, the default of `reviewed` in the whole-tactic snippet. */
  today?: string;
}

export function complete(parsed: ParsedTactic, position: Position, options: CompletionOptions = {}): CompletionList {
  const { doc } = parsed;
  const offset = doc.lines.offsetAt(position);
  const ctx = cursorContext(doc.lines, offset);
  const items: CompletionItem[] = [];
  if (ctx?.kind === 'key') keyItems(parsed, ctx, items, options);
  else if (ctx?.kind === 'value') valueItems(parsed, ctx.path, ctx.existing, ctx.inline, items);
  return { isIncomplete: false, items: items.map((item) => withRange(item, doc.lines, ctx?.word)) };
}

function withRange(item: CompletionItem, lines: ParsedTactic['doc']['lines'], word: Word | undefined): CompletionItem {
  if (!word || item.textEdit) return item;
  const newText = item.insertText ?? item.label;
  delete item.insertText;
  item.textEdit = { range: lines.range(word.start, word.end), newText };
  return item;
}

function keyItems(parsed: ParsedTactic, ctx: Extract<CursorContext, { kind: 'key' }>, out: CompletionItem[], options: CompletionOptions): void {
  const unit = ' '.repeat(indentUnitOf(parsed.doc));
  const schema = objectSchema(schemaAt(ctx.path));
  const atRoot = ctx.path.length === 0;

  if (atRoot && isEmptyTactic(parsed, ctx)) out.push(wholeTacticItem(options.today));
  else if (atRoot && !ctx.hasColon) {
    const all = missingBlocksItem(parsed, ctx.existing, unit);
    if (all) out.push(all);
  }

  // A new item of a list of values (`next:` transitions, `finds:` ids): values, not keys.
  const rawHere = resolveRef(schemaAt(ctx.path));
  if (ctx.newItem && rawHere && (rawHere.oneOf || !rawHere.properties)) {
    const line = parsed.doc.lines.positionAt(ctx.word.start).line;
    valueItems(parsed, ctx.path, listItems(new Shapes(parsed.doc.lines), line, ctx.dashColumn ?? ctx.column - 2), false, out);
    // A transition may also be written as a block mapping (`- to: demo`): its keys come after the ids.
    if (!rawHere.oneOf) return;
  }
  const keysLast = ctx.newItem && !!rawHere?.oneOf;

  if (schema?.properties) {
    const names = Object.keys(schema.properties);
    names.forEach((name, i) => {
      if (ctx.existing.has(name)) return;
      const prop = resolveRef(schema.properties![name]) ?? {};
      const item: CompletionItem = {
        label: name,
        kind: KIND.Property,
        detail: atRoot && (BLOCK_KEYS as readonly string[]).includes(name)
          ? l10n.t('Block {0} of 9, not in this tactic yet: {1}', BLOCK_KEYS.indexOf(name as BlockKey) + 1, schemaText(prop.description ?? ''))
          : detailOf(prop, schema.required?.includes(name) && !atRoot),
        documentation: docOf(schema.properties![name]),
        sortText: `${keysLast ? 'z' : ''}${schema.required?.includes(name) && !atRoot ? '0' : '1'}${String(i).padStart(3, '0')}`,
      };
      if (!ctx.hasColon) {
        const snippet = ctx.flow ? { text: `${name}: $1`, suggest: false } : keySnippet(name, [...ctx.path, name], prop, unit, parsed);
        item.insertText = snippet.text;
        item.insertTextFormat = SNIPPET;
        if (snippet.suggest) item.command = TRIGGER_SUGGEST;
      }
      out.push(item);
    });
  }

  // A new list item in a block or in `stages`: the whole entry with its required fields.
  if (ctx.newItem && !ctx.hasColon) {
    const listPath = ctx.path.slice(0, -1);
    const fields = entryFieldsFor(listPath, parsed);
    if (fields) {
      const stops = snippetStops();
      const lines = renderFields(fields.fields, unit, stops);
      out.push({
        label: fields.label,
        kind: KIND.Snippet,
        detail: fields.detail,
        documentation: docOf(schemaAt(listPath)),
        filterText: fields.fields[0].key,
        sortText: '0',
        insertText: lines.map((l, i) => (i === 0 ? l : `  ${l}`)).join('\n'),
        insertTextFormat: SNIPPET,
      });
    }
  }

  // On the line under a list key, without `- ` yet: offer the entry with its dash.
  const listSchema = resolveRef(schemaAt(ctx.path));
  if (!schema && listSchema && typeIs(listSchema, 'array') && !ctx.flow) {
    const fields = entryFieldsFor(ctx.path, parsed);
    if (fields) {
      const lines = renderFields(fields.fields, unit, snippetStops());
      out.push({
        label: `- ${fields.label}`,
        kind: KIND.Snippet,
        detail: fields.detail,
        documentation: docOf(listSchema),
        filterText: fields.fields[0].key,
        sortText: '0',
        insertText: lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n'),
        insertTextFormat: SNIPPET,
      });
    }
  }

  // A key position whose schema is a value (e.g. on the line under `role:`): complete values.
  if (!schema && listSchema && !typeIs(listSchema, 'array') && !ctx.newItem) {
    valueItems(parsed, ctx.path, new Set(), false, out);
  }
}

/** The schema as an object schema, if it is one (for `oneOf`, its mapping branch). */
function objectSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  const n = resolveRef(node);
  if (!n) return undefined;
  if (n.properties) return n;
  for (const b of n.oneOf ?? []) {
    const r = resolveRef(b);
    if (r?.properties) return r;
  }
  return undefined;
}

function typeIs(node: SchemaNode, type: string): boolean {
  return Array.isArray(node.type) ? node.type.includes(type) : node.type === type;
}

function isEmptyTactic(parsed: ParsedTactic, ctx: Extract<CursorContext, { kind: 'key' }>): boolean {
  const others = [...ctx.existing];
  return others.length === 0 && (parsed.doc.root?.items.length ?? 0) <= 1;
}

function wholeTacticItem(today?: string): CompletionItem {
  const text = wholeTacticSnippet(today);
  return {
    label: l10n.t('New tactic'),
    kind: KIND.Snippet,
    detail: l10n.t('The whole tactic: header, all nine blocks and a sales cycle'),
    documentation: { kind: 'markdown', value: l10n.t('Inserts a complete tactic skeleton; `Tab` moves between the places to fill in.') },
    filterText: 'tactic new',
    sortText: '00',
    insertText: text,
    insertTextFormat: SNIPPET,
  };
}

/** At the top level of a started tactic: every block it lacks (and a sales cycle) in one go. */
function missingBlocksItem(parsed: ParsedTactic, existing: Set<string>, unit: string): CompletionItem | undefined {
  const missing = BLOCK_KEYS.filter((b) => !existing.has(b));
  if (missing.length < 2) return undefined;
  const stops = snippetStops(); // shared, so one decision maker id fills every block
  const parts = missing.map((b) => [`${b}:`, ...entryLines(renderFields(entryFields(b, templateIds(parsed)), unit, stops), unit)].join('\n'));
  if (!existing.has('sales_cycle')) parts.push(escapeSnippet(minimalCycleLines(unit).join('\n')));
  return {
    label: l10n.t('All missing blocks ({0})', missing.length),
    kind: KIND.Snippet,
    detail: missing.join(', ') + (existing.has('sales_cycle') ? '' : ', sales_cycle'),
    documentation: { kind: 'markdown', value: l10n.t('Inserts every block this tactic does not have yet, each with one entry to fill in.') },
    filterText: 'blocks all missing',
    sortText: '00',
    insertText: parts.join('\n\n'),
    insertTextFormat: SNIPPET,
  };
}

interface EntryTemplate {
  /** "New decision maker". */
  label: string;
  /** "decision maker with its required fields". */
  detail: string;
  fields: ReturnType<typeof entryFields>;
}

function entryFieldsFor(listPath: PathSeg[], parsed: ParsedTactic): EntryTemplate | undefined {
  const ids = templateIds(parsed);
  if (listPath.length === 1 && (BLOCK_KEYS as readonly string[]).includes(String(listPath[0]))) {
    const block = listPath[0] as BlockKey;
    return { ...newEntryText(block), fields: entryFields(block, ids) };
  }
  if (listPath.length === 2 && listPath[0] === 'sales_cycle' && listPath[1] === 'stages') return { ...newEntryText('stage'), fields: stageFields() };
  return undefined;
}

/** The new-entry snippet's label and detail, whole phrases per block (and for a stage). */
function newEntryText(what: BlockKey | 'stage'): { label: string; detail: string } {
  switch (what) {
    case 'decision_makers': return { label: l10n.t('New decision maker'), detail: l10n.t('decision maker with its required fields') };
    case 'identification': return { label: l10n.t('New identification entry'), detail: l10n.t('identification entry with its required fields') };
    case 'gatekeepers': return { label: l10n.t('New gatekeeper technique'), detail: l10n.t('gatekeeper technique with its required fields') };
    case 'positioning': return { label: l10n.t('New positioning'), detail: l10n.t('positioning with its required fields') };
    case 'discovery_questions': return { label: l10n.t('New discovery question'), detail: l10n.t('discovery question with its required fields') };
    case 'advancement_actions': return { label: l10n.t('New advancement action'), detail: l10n.t('advancement action with its required fields') };
    case 'approval_chains': return { label: l10n.t('New approval chain'), detail: l10n.t('approval chain with its required fields') };
    case 'objections': return { label: l10n.t('New objection'), detail: l10n.t('objection with its required fields') };
    case 'risks': return { label: l10n.t('New risk'), detail: l10n.t('risk with its required fields') };
    case 'stage': return { label: l10n.t('New stage'), detail: l10n.t('stage with its required fields') };
  }
}

/** What choosing a key inserts: the key and, by its type, a value skeleton. */
function keySnippet(name: string, path: PathSeg[], prop: SchemaNode, unit: string, parsed: ParsedTactic): { text: string; suggest?: boolean } {
  if (path.length === 1 && (BLOCK_KEYS as readonly string[]).includes(name)) {
    const lines = renderFields(entryFields(name as BlockKey, templateIds(parsed)), unit, snippetStops());
    return { text: [`${name}:`, ...entryLines(lines, unit)].join('\n') };
  }
  if (path.length === 1 && name === 'sales_cycle') return { text: escapeSnippet(minimalCycleLines(unit).join('\n')) };
  if (name === 'stages' && path[0] === 'sales_cycle') {
    const lines = renderFields(stageFields(), unit, snippetStops());
    return { text: [`${name}:`, ...entryLines(lines, unit)].join('\n') };
  }
  if (typeIs(prop, 'array')) {
    const items = resolveRef(prop.items);
    if (items?.['x-ref']) return { text: `${name}: [$1]`, suggest: true };
    if (items?.oneOf) return { text: `${name}:\n${unit}- $1`, suggest: true };
    return { text: `${name}:\n${unit}- $1` };
  }
  if (typeIs(prop, 'object')) return { text: `${name}:\n${unit}$1` };
  if (prop.enum) return { text: `${name}: \${1|${prop.enum.join(',')}|}` };
  if (prop['x-ref'] || prop.examples) return { text: `${name}: $1`, suggest: true };
  return { text: `${name}: $1` };
}

function valueItems(parsed: ParsedTactic, path: PathSeg[], existing: Set<string>, inline: boolean, out: CompletionItem[]): void {
  const raw = resolveRef(schemaAt(path));
  if (!raw) return;
  const branches = raw.oneOf ? raw.oneOf.map(resolveRef).filter((b): b is SchemaNode => !!b) : [raw];
  const fieldDoc = docOf(raw);
  for (const b of branches) {
    if (b.enum) {
      b.enum.forEach((v, i) => out.push({ label: v, kind: KIND.EnumMember, documentation: fieldDoc, sortText: String(i).padStart(3, '0') }));
    }
    if (b.examples) {
      b.examples.forEach((v, i) => out.push({ label: v, kind: KIND.Value, detail: l10n.t('suggested'), documentation: fieldDoc, sortText: String(i).padStart(3, '0') }));
    }
    const ref = b['x-ref'] as IdKind | undefined;
    if (ref) idItems(parsed, ref, existing, false, out);
    const items = typeIs(b, 'array') ? resolveRef(b.items) : undefined;
    if (inline && items?.['x-ref']) idItems(parsed, items['x-ref'] as IdKind, existing, true, out);
    if (typeIs(b, 'object') && path[path.length - 1] === 0 && b.properties?.to) {
      out.push({ label: '{ to, when }', kind: KIND.Snippet, detail: l10n.t('a labelled transition'), insertText: '{ to: $1, when: $2 }', insertTextFormat: SNIPPET, sortText: 'z' });
    }
  }
  // Writing a new id: suggest the ids other blocks already refer to but nobody defines.
  const last = path[path.length - 1];
  if (last === 'id' && out.length === 0) {
    const kind = definingKind(path);
    if (kind) {
      const defined = definitionsOf(parsed.model, kind);
      const seen = new Set<string>();
      for (const r of parsed.model.references) {
        if (r.kind !== kind || defined.has(r.id) || seen.has(r.id)) continue;
        seen.add(r.id);
        out.push({ label: r.id, kind: KIND.Reference, detail: l10n.t('referenced in `{0}` but not defined yet', r.block) });
      }
    }
  }
}

function definingKind(path: PathSeg[]): IdKind | undefined {
  const p = path.map(String).join('.');
  if (p === 'decision_makers.0.id') return 'decision_maker';
  if (p === 'approval_chains.0.id') return 'approval_chain';
  if (p === 'sales_cycle.stages.0.id') return 'stage';
  return undefined;
}

interface IdInfo {
  id: string;
  detail?: string;
  doc?: string;
}

function idItems(parsed: ParsedTactic, kind: IdKind, existing: Set<string>, wrap: boolean, out: CompletionItem[]): void {
  for (const info of knownIds(parsed, kind)) {
    if (existing.has(info.id)) continue;
    out.push({
      label: info.id,
      kind: KIND.Reference,
      detail: info.detail ? `${info.detail} (${ID_KIND_LABEL[kind]})` : ID_KIND_LABEL[kind],
      documentation: info.doc ? { kind: 'markdown', value: info.doc } : undefined,
      insertText: wrap ? `[${info.id}]` : undefined,
      filterText: info.id,
    });
  }
}

/** Ids of a kind with their title/name, from the tree; on a broken document also from the text. */
export function knownIds(parsed: ParsedTactic, kind: IdKind): IdInfo[] {
  const out = new Map<string, IdInfo>();
  for (const d of parsed.model.definitions) {
    if (d.kind !== kind || out.has(d.id)) continue;
    const title = scalarText(getPair(d.entry, 'title')?.value);
    const name = scalarText(getPair(d.entry, 'name')?.value);
    const detail = kind === 'decision_maker' ? [title, name].filter(Boolean).join(', ') : name;
    const facts: string[] = [];
    for (const f of ['role', 'influence', 'owner', 'goal', 'outcome', 'when']) {
      const v = scalarText(getPair(d.entry, f)?.value);
      if (v) facts.push(`${f}: \`${v}\``);
    }
    out.set(d.id, { id: d.id, detail: detail || undefined, doc: facts.join('  \n') || undefined });
  }
  if (parsed.doc.broken) for (const info of idsFromText(parsed, kind)) if (!out.has(info.id)) out.set(info.id, info);
  return [...out.values()];
}

const KIND_PATHS: Record<IdKind, string> = {
  decision_maker: 'decision_makers.0',
  approval_chain: 'approval_chains.0',
  stage: 'sales_cycle.stages.0',
};

/** Ids read line by line, for documents the parser could not read whole. */
function idsFromText(parsed: ParsedTactic, kind: IdKind): IdInfo[] {
  const shapes = new Shapes(parsed.doc.lines);
  const out: IdInfo[] = [];
  for (let i = 0; i < shapes.count; i++) {
    const s = shapes.at(i);
    if (s.key !== 'id') continue;
    const id = s.rest?.replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, '');
    if (!id || !ID_PATTERN.test(id)) continue;
    if (containerOfKey(shapes, i)?.map(String).join('.') !== KIND_PATHS[kind]) continue;
    let detail: string | undefined;
    for (let j = i + 1; j < shapes.count; j++) {
      const t = shapes.at(j);
      if (t.blank || t.contentCol > s.keyCol!) continue;
      if (t.keyCol !== s.keyCol || t.dashes.length) break;
      if (t.key === 'title' || t.key === 'name') {
        detail = t.rest?.replace(/\s+#.*$/, '').trim();
        break;
      }
    }
    out.push({ id, detail });
  }
  return out;
}

function detailOf(prop: SchemaNode, required?: boolean): string | undefined {
  const what = schemaText(prop.title ?? prop.description);
  return required ? l10n.t('{0} (required)', what ?? '').trim() : what;
}

export function docOf(node: SchemaNode | undefined): MarkupContent | undefined {
  if (!node) return undefined;
  const text = node.markdownDescription ?? resolveRef(node)?.markdownDescription ?? node.description ?? resolveRef(node)?.description;
  return text ? { kind: 'markdown', value: schemaText(text) } : undefined;
}
