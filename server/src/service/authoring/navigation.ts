/**
 * Navigation over ids: go to definition, find references, document highlight, and rename with
 * validation of the new id. Works for every id kind (decision makers, approval chains, stages).
 */
import * as l10n from '@vscode/l10n';
import type { DocumentHighlight, Range, TextEdit } from 'vscode-languageserver-types';
import type { Scalar } from 'yaml';
import { nodeSpan } from '../parsing/ast';
import { idRange } from '../parsing/locate';
import type { ParsedTactic } from '../types';
import { YAML_RESERVED_WORDS } from '../domain/ids';
import { definitionsOf, ID_PATTERN, IdKind } from '../model/model';
import type { Position } from '../types';

/** The id under the cursor: its kind and text, and the scalar it was found in. */
export interface IdAt {
  kind: IdKind;
  id: string;
  node: Scalar;
  isDefinition: boolean;
}

export function idAt(parsed: ParsedTactic, position: Position): IdAt | undefined {
  const offset = parsed.doc.lines.offsetAt(position);
  const hit = (node: Scalar) => {
    const span = nodeSpan(node);
    return !!span && span[0] <= offset && offset <= span[1];
  };
  for (const d of parsed.model.definitions) if (hit(d.node)) return { kind: d.kind, id: d.id, node: d.node, isDefinition: true };
  for (const r of parsed.model.references) if (hit(r.node)) return { kind: r.kind, id: r.id, node: r.node, isDefinition: false };
  return undefined;
}

/** The definitions and the references of one id. */
function occurrences(parsed: ParsedTactic, at: { kind: IdKind; id: string }): { defs: Scalar[]; refs: Scalar[] } {
  const same = (x: { kind: IdKind; id: string }) => x.kind === at.kind && x.id === at.id;
  return {
    defs: parsed.model.definitions.filter(same).map((d) => d.node),
    refs: parsed.model.references.filter(same).map((r) => r.node),
  };
}

/** Where the id at the position is defined (empty when it is not). */
export function definition(parsed: ParsedTactic, position: Position): Range[] {
  const at = idAt(parsed, position);
  if (!at) return [];
  return occurrences(parsed, at).defs.map((node) => idRange(parsed, node));
}

/** Every use of the id at the position; with `includeDeclaration`, its definitions too. */
export function references(parsed: ParsedTactic, position: Position, includeDeclaration = true): Range[] {
  const at = idAt(parsed, position);
  if (!at) return [];
  const { defs, refs } = occurrences(parsed, at);
  return [...(includeDeclaration ? defs : []), ...refs]
    .map((node): [number, Range] => [nodeSpan(node)![0], idRange(parsed, node)])
    .sort((a, b) => a[0] - b[0])
    .map(([, r]) => r);
}

/** Highlights: the definition as a write, every reference as a read. */
export function documentHighlights(parsed: ParsedTactic, position: Position): DocumentHighlight[] {
  const at = idAt(parsed, position);
  if (!at) return [];
  const { defs, refs } = occurrences(parsed, at);
  const out: DocumentHighlight[] = [
    ...defs.map((node): DocumentHighlight => ({ range: idRange(parsed, node), kind: 3 })),
    ...refs.map((node): DocumentHighlight => ({ range: idRange(parsed, node), kind: 2 })),
  ];
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

export function prepareRename(parsed: ParsedTactic, position: Position): PrepareRenameResult {
  const at = idAt(parsed, position);
  if (!at) return { error: prepareRenameError() };
  return { range: idRange(parsed, at.node), placeholder: at.id };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

export function rename(parsed: ParsedTactic, position: Position, newName: string): RenameResult {
  const at = idAt(parsed, position);
  if (!at) return { error: prepareRenameError() };
  const name = newName.trim();
  if (!ID_PATTERN.test(name)) {
    return { error: l10n.t('`{0}` is not a valid id: an id starts with a lowercase letter and uses only a-z, 0-9, `_` and `-`.', newName) };
  }
  if (YAML_RESERVED_WORDS.has(name)) {
    return { error: name === 'null' ? l10n.t('`{0}` cannot be an id: YAML reads it as an empty value, not as text.', name) : l10n.t('`{0}` cannot be an id: YAML reads it as true/false, not as text.', name) };
  }
  if (name === at.id) return { edits: [] };
  if (definitionsOf(parsed.model, at.kind).has(name)) {
    return { error: alreadyExists(at.kind, name) };
  }
  const { defs, refs } = occurrences(parsed, at);
  return { edits: [...defs, ...refs].map((node) => ({ range: idRange(parsed, node), newText: name })) };
}

function prepareRenameError(): string {
  return l10n.t('Only ids can be renamed here: put the cursor on the id of a decision maker, an approval chain or a stage, or on a reference to one.');
}

/** Rename onto an id of the same kind that exists: one sentence per kind of id. */
function alreadyExists(kind: IdKind, id: string): string {
  switch (kind) {
    case 'decision_maker': return l10n.t('A decision maker with the id `{0}` already exists; choose another id.', id);
    case 'approval_chain': return l10n.t('An approval chain with the id `{0}` already exists; choose another id.', id);
    case 'stage': return l10n.t('A stage with the id `{0}` already exists; choose another id.', id);
  }
}
