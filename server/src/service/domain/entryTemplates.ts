/**
 * One templated entry per block (and the minimal sales cycle), shared by completion (as snippets
 * with tab stops) and quick fixes (as plain text). Placeholders are `<…>` in plain text, like
 * the full template, so a user sees at once what is left to fill in.
 */
import { EXAMPLE, PLACEHOLDER, tacticTemplateText } from './template';
import type { ParsedTactic } from '../types';
import { ID_PATTERN, IdKind, YAML_RESERVED_WORDS } from './ids';
import type { BlockKey } from '../domain/blocks';

/** A field of a templated entry: its key and either a placeholder or a fixed value. */
export interface TemplateField {
  key: string;
  /** Shown as `<placeholder>` in plain text and as a tab stop in snippets. */
  placeholder?: string;
  /** A literal value (an enum value, an id that already exists…); also a tab stop in snippets. */
  value?: string;
  /** `list`: a one-item block list; `flow`: `[value]`. */
  shape?: 'scalar' | 'list' | 'flow';
}

export interface TemplateIds {
  /** An existing decision maker id to refer to, if any. */
  decisionMaker?: string;
  /** An existing stage id to refer to, if any. */
  stage?: string;
}

/** The required fields (plus the one that keeps the linter quiet) of a new entry of `block`. */
export function entryFields(block: BlockKey, ids: TemplateIds = {}): TemplateField[] {
  const dm = ids.decisionMaker ? { value: ids.decisionMaker } : { placeholder: 'decision_maker_id' };
  switch (block) {
    case 'decision_makers':
      return [{ key: 'id', placeholder: 'decision_maker_id' }, { key: 'title', placeholder: PLACEHOLDER.jobTitle }];
    case 'identification':
      return [{ key: 'source', value: 'website' }, { key: 'method', placeholder: PLACEHOLDER.method }];
    case 'gatekeepers':
      return [{ key: 'technique', placeholder: PLACEHOLDER.technique }];
    case 'positioning':
      return [{ key: 'for', ...dm }, { key: 'as', placeholder: PLACEHOLDER.positioningAs }];
    case 'discovery_questions':
      return [{ key: 'question', placeholder: PLACEHOLDER.question }];
    case 'advancement_actions':
      return [{ key: 'action', placeholder: PLACEHOLDER.action }];
    case 'approval_chains':
      return [{ key: 'id', placeholder: 'approval_chain_id' }, { key: 'steps', ...dm, shape: 'flow' }];
    case 'objections':
      return [{ key: 'objection', placeholder: PLACEHOLDER.objection }, { key: 'responses', placeholder: PLACEHOLDER.response, shape: 'list' }];
    case 'risks':
      return [{ key: 'risk', placeholder: PLACEHOLDER.risk }, { key: 'mitigation', placeholder: PLACEHOLDER.mitigation }];
  }
}

/** Fields of a new stage. */
export function stageFields(id?: string): TemplateField[] {
  return [
    id ? { key: 'id', value: id } : { key: 'id', placeholder: 'stage_id' },
    { key: 'name', placeholder: id ? nameFromId(id) : PLACEHOLDER.stageName },
  ];
}

/** `demo_call` → `Demo call`: a readable default name for a created stage. */
export function nameFromId(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Renders fields as the lines of a mapping (no indentation on the first line; later lines are
 * relative to it). `stop` renders a value: plain text or a snippet tab stop.
 */
export function renderFields(fields: TemplateField[], unit: string, stop: (text: string, plain: boolean) => string): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const text = f.value ?? f.placeholder ?? '';
    const plain = f.value !== undefined;
    const v = stop(text, plain);
    if (f.shape === 'list') out.push(`${f.key}:`, `${unit}- ${v}`);
    else if (f.shape === 'flow') out.push(`${f.key}: [${v}]`);
    else out.push(`${f.key}: ${v}`);
  }
  return out;
}

/**
 * Plain-text rendering: placeholders become `<placeholder>`, except id placeholders, which stay
 * bare so the inserted text is a valid id (`decision_maker_id`) that rename can then change.
 */
export const plainStop = (text: string, plain: boolean): string => (plain || /^[a-z][a-z0-9_]*_id$/.test(text) ? text : `<${text}>`);

/** A snippet renderer numbering its tab stops from 1 (same text → same stop, so edits mirror). */
export function snippetStops(): (text: string, plain: boolean) => string {
  const numbers = new Map<string, number>();
  return (text) => {
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = numbers.size + 1));
    return `\${${n}:${escapeSnippet(text)}}`;
  };
}

/** Escapes the characters that mean something in snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The lines of a minimal sales cycle: a start, a won and a lost stage. */
export function minimalCycleLines(unit: string): string[] {
  const u = unit;
  return [
    'sales_cycle:',
    `${u}start: first_call`,
    `${u}stages:`,
    `${u}${u}- id: first_call`,
    `${u}${u}  name: ${EXAMPLE.firstCall}`,
    `${u}${u}  next:`,
    `${u}${u}    - { to: won, when: ${EXAMPLE.dealAgreed} }`,
    `${u}${u}    - { to: lost, when: ${EXAMPLE.noInterest} }`,
    `${u}${u}- id: won`,
    `${u}${u}  name: ${EXAMPLE.contractSigned}`,
    `${u}${u}  outcome: won`,
    `${u}${u}- id: lost`,
    `${u}${u}  name: ${EXAMPLE.lost}`,
    `${u}${u}  outcome: lost`,
  ];
}

/**
 * The full template as a snippet: each `<…>` placeholder becomes a tab stop (the same text the
 * same stop, so an id typed once fills every place), and `reviewed` defaults to `today`.
 */
export function wholeTacticSnippet(today?: string): string {
  const numbers = new Map<string, number>();
  return escapeSnippet(tacticTemplateText()).replace(/<([^<>\n]+)>/g, (_, name: string) => {
    let n = numbers.get(name);
    if (n === undefined) numbers.set(name, (n = numbers.size + 1));
    const value = name === 'YYYY-MM-DD' && today ? today : name;
    return `\${${n}:${value}}`;
  });
}

/**
 * An id that can be written as a plain scalar in new text: a valid id (ID_PATTERN) that YAML does
 * not read as a boolean or null. Entries are never created with, or made to refer to, any other.
 */
export function isUsableId(id: string): boolean {
  return ID_PATTERN.test(id) && !YAML_RESERVED_WORDS.has(id);
}

/** Existing ids an inserted entry refers to: the first usable one of each kind. */
export function templateIds(parsed: ParsedTactic): TemplateIds {
  const first = (kind: IdKind) => parsed.model.definitions.find((x) => x.kind === kind && isUsableId(x.id))?.id;
  return { decisionMaker: first('decision_maker'), stage: first('stage') };
}

/** The lines of a list entry: `- first`, then the other lines under it. */
export function entryLines(fieldLines: string[], dashIndent: string): string[] {
  return fieldLines.map((l, i) => `${dashIndent}${i === 0 ? '- ' : '  '}${l}`);
}
