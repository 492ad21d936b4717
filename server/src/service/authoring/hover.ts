/**
 * Hover: on a block key, what the block is for in the source article's terms with an example; on
 * a field, its description and allowed values; on an id (reference or definition), the entry it
 * names.
 */
import * as l10n from '@vscode/l10n';
import type { Hover } from 'vscode-languageserver-types';
import { isMap, isSeq, Scalar } from 'yaml';
import { getPair, nodeSpan, PathSeg, scalarText } from '../parsing/ast';
import { nodeAt } from '../parsing/locate';
import type { ParsedTactic } from '../types';
import { Definition, definitionsOf, ID_KIND_LABEL, IdKind } from '../model/model';
import { resolveRef, schemaAt, SchemaNode, typeLabel } from '../domain/schema';
import { schemaText } from '../domain/schemaText';
import { Position } from '../types';
import { BlockKey, isBlockKey } from '../domain/blocks';
import { plural } from '../l10n';


export function hover(parsed: ParsedTactic, position: Position): Hover | null {
  const offset = parsed.doc.lines.offsetAt(position);
  const at = nodeAt(parsed, offset);
  if (!at) return null;
  const span = nodeSpan(at.node);
  if (!span) return null;
  const range = parsed.doc.lines.range(span[0], span[1]);
  const markdown = (value: string): Hover => ({ contents: { kind: 'markdown', value }, range });

  if (at.onKey) {
    const text = keyHover(at.path);
    return text ? markdown(text) : null;
  }
  const scalar = at.node as Scalar;
  const ref = parsed.model.references.find((r) => r.node === scalar);
  if (ref) {
    const def = definitionsOf(parsed.model, ref.kind).get(ref.id);
    return markdown(def ? entryHover(def, parsed) : undefinedId(ref.kind, ref.id));
  }
  const def = parsed.model.definitions.find((d) => d.node === scalar);
  if (def) return markdown(entryHover(def, parsed));
  const field = fieldHover(at.path, scalarText(scalar));
  return field ? markdown(field) : null;
}

function keyHover(path: PathSeg[]): string | undefined {
  const key = String(path[path.length - 1]);
  const schema = resolveRef(schemaAt(path));
  if (!schema) return undefined;
  if (path.length === 1 && isBlockKey(key)) {
    const body = schemaText(schema.markdownDescription ?? schema.description ?? '');
    return `**\`${key}\`** — ${blockSentence(key)}\n\n${body}`;
  }
  return fieldHover(path);
}

function fieldHover(path: PathSeg[], value?: string): string | undefined {
  const field = path.filter((s) => typeof s === 'string').pop();
  const raw = schemaAt(path);
  const schema = resolveRef(raw);
  if (!schema || field === undefined) return undefined;
  const branch = schema.oneOf ? resolveRef(schema.oneOf[0]) ?? schema : schema;
  const parentPath = path.slice(0, path[path.length - 1] === 0 ? -2 : -1);
  const parentRaw = resolveRef(schemaAt(parentPath));
  const parent = parentRaw?.oneOf ? parentRaw.oneOf.map(resolveRef).find((b) => b?.properties) : parentRaw;
  const type = typeLabel(branch.type);
  const what = parent?.required?.includes(field) ? l10n.t('{0}, required', type) : type;
  const lines = [`**\`${field}\`** (${what})`, '', schemaText(raw?.markdownDescription ?? schema.markdownDescription ?? schema.description ?? '')];
  const allowed = allowedValues(branch);
  if (allowed) lines.push('', allowed);
  if (value !== undefined && branch.enum?.includes(value)) lines.push('', l10n.t('Here: `{0}`.', value));
  return lines.join('\n').trim();
}

function allowedValues(schema: SchemaNode): string | undefined {
  const items = resolveRef(schema.items);
  const s = items ?? schema;
  if (s.enum) return l10n.t('Allowed values: {0}.', s.enum.map((v) => `\`${v}\``).join(', '));
  if (s.examples) return l10n.t('Suggested values: {0} (any text is allowed).', s.examples.map((v) => `\`${v}\``).join(', '));
  if (s['x-ref']) return mustBeIdOf(s['x-ref'] as IdKind);
  return undefined;
}

/** The entry an id names: its title or name and the facts that matter about it. */
export function entryHover(def: Definition, parsed: ParsedTactic): string {
  const e = def.entry;
  const get = (k: string) => scalarText(getPair(e, k)?.value);
  const list = (k: string) => {
    const v = getPair(e, k)?.value;
    return isSeq(v) ? v.items.map((i) => (isMap(i) ? scalarText(getPair(i, 'to')?.value) : scalarText(i))).filter((x): x is string => !!x) : [];
  };
  const label = ID_KIND_LABEL[def.kind];
  const title = def.kind === 'decision_maker' ? get('title') : get('name');
  const out = [`**\`${def.id}\`** — ${title ?? (def.kind === 'decision_maker' ? l10n.t('(no title)') : l10n.t('(no name)'))} *(${label})*`];
  const facts: string[] = [];
  const fact = (k: string, v?: string) => v && facts.push(`- ${k}: ${v}`);
  if (def.kind === 'decision_maker') {
    fact('name', get('name'));
    fact('role', get('role') && `\`${get('role')}\``);
    fact('influence', get('influence') && `\`${get('influence')}\``);
    const interests = list('interests');
    if (interests.length) fact('interests', interests.join('; '));
    fact('notes', get('notes'));
  } else if (def.kind === 'stage') {
    fact('owner', get('owner'));
    fact('goal', get('goal'));
    fact('outcome', get('outcome') && `\`${get('outcome')}\``);
    const next = list('next');
    if (next.length) fact('next', next.map((n) => `\`${n}\``).join(', '));
  } else {
    fact('when', get('when'));
    const steps = list('steps');
    if (steps.length) fact('steps', steps.map((n) => `\`${n}\``).join(' → '));
  }
  // Nothing refers to approval chains; for the other kinds the count shows unused entries.
  if (def.kind !== 'approval_chain') {
    const uses = parsed.model.references.filter((r) => r.kind === def.kind && r.id === def.id).length;
    facts.push(`- ${referencedTimes(uses)}`);
  }
  return [...out, '', ...facts].join('\n');
}

/** A reference to an id nobody defines, one sentence per kind of id. */
function undefinedId(kind: IdKind, id: string): string {
  switch (kind) {
    case 'decision_maker': return l10n.t('No decision maker with the id `{0}` is defined.', id);
    case 'approval_chain': return l10n.t('No approval chain with the id `{0}` is defined.', id);
    case 'stage': return l10n.t('No stage with the id `{0}` is defined.', id);
  }
}

function mustBeIdOf(kind: IdKind): string {
  switch (kind) {
    case 'decision_maker': return l10n.t('Must be the `id` of a decision maker.');
    case 'approval_chain': return l10n.t('Must be the `id` of an approval chain.');
    case 'stage': return l10n.t('Must be the `id` of a stage.');
  }
}

/** Which of the nine blocks this is and what it is for, one sentence per block. */
function blockSentence(key: BlockKey): string {
  switch (key) {
    case 'decision_makers': return l10n.t('block 1 of 9: name the decision makers at the client that this tactic targets.');
    case 'identification': return l10n.t('block 2 of 9: say how you find out who the decision makers are.');
    case 'gatekeepers': return l10n.t('block 3 of 9: say how to get past the secretary or other gatekeepers.');
    case 'positioning': return l10n.t('block 4 of 9: say how the manager positions themself with each decision maker.');
    case 'discovery_questions': return l10n.t("block 5 of 9: list the questions that uncover the client's needs.");
    case 'advancement_actions': return l10n.t('block 6 of 9: list the actions that move the deal forward.');
    case 'approval_chains': return l10n.t("block 7 of 9: describe how the client's approval chain can run.");
    case 'objections': return l10n.t('block 8 of 9: list the typical objections and how to neutralize them.');
    case 'risks': return l10n.t('block 9 of 9: list the risks tied to this client.');
  }
}

function referencedTimes(uses: number): string {
  return plural(uses, {
    one: () => l10n.t({ message: 'referenced {0} time', args: [uses], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'referenced {0} times', args: [uses], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'referenced {0} times', args: [uses], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'referenced {0} times', args: [uses], comment: ['plural: other'] }),
  });
}
