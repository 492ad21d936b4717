/**
 * Hover: on a block key, what the block is for in the source article's terms with an example; on
 * a field, its description and allowed values; on an id (reference or definition), the entry it
 * names.
 */
import type { Hover } from 'vscode-languageserver-types';
import { isMap, isSeq, Scalar } from 'yaml';
import { getPair, nodeSpan, PathSeg, scalarText } from '../parsing/ast';
import { nodeAt } from '../parsing/locate';
import type { ParsedTactic } from '../types';
import { Definition, definitionsOf, ID_KIND_LABEL, IdKind } from '../model/model';
import { resolveRef, schemaAt, SchemaNode, typeLabel } from '../domain/schema';
import { Position } from '../types';
import { BLOCK_KEYS, BLOCK_PURPOSE, isBlockKey } from '../domain/blocks';
import { schemaDescription } from '../generated/schemaDescriptions';


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
    return markdown(def ? entryHover(def, parsed) : `No ${ID_KIND_LABEL[ref.kind]} with the id \`${ref.id}\` is defined.`);
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
    const n = BLOCK_KEYS.indexOf(key) + 1;
    const body = schemaDescription(schema) ?? '';
    return `**\`${key}\`** — block ${n} of 9: ${BLOCK_PURPOSE[key]}.\n\n${body}`;
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
  const required = parent?.required?.includes(field) ? ', required' : '';
  const lines = [`**\`${field}\`** (${typeLabel(branch.type)}${required})`, '', schemaDescription(raw) ?? schemaDescription(schema) ?? ''];
  const allowed = allowedValues(branch);
  if (allowed) lines.push('', allowed);
  if (value !== undefined && branch.enum?.includes(value)) lines.push('', `Here: \`${value}\`.`);
  return lines.join('\n').trim();
}

function allowedValues(schema: SchemaNode): string | undefined {
  const items = resolveRef(schema.items);
  const s = items ?? schema;
  if (s.enum) return `Allowed values: ${s.enum.map((v) => `\`${v}\``).join(', ')}.`;
  if (s.examples) return `Suggested values: ${s.examples.map((v) => `\`${v}\``).join(', ')} (any text is allowed).`;
  if (s['x-ref']) return `Must be the \`id\` of a ${ID_KIND_LABEL[s['x-ref'] as IdKind]}.`;
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
  const out = [`**\`${def.id}\`** — ${title ?? `(no ${def.kind === 'decision_maker' ? 'title' : 'name'})`} *(${label})*`];
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
    facts.push(`- referenced ${uses} time${uses === 1 ? '' : 's'}`);
  }
  return [...out, '', ...facts].join('\n');
}
