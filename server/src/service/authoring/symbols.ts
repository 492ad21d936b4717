/**
 * Structure: the outline (blocks, their entries named by id/title/question/objection/risk, the
 * sales cycle and its stages) and folding ranges for blocks, entries and any multi-line value.
 */
import * as l10n from '@vscode/l10n';
import type { DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import { getPair, nodeSpan, scalarText } from '../parsing/ast';
import type { ParsedTactic } from '../types';
import { deref } from '../model/model';
import { BLOCK_KEYS, BlockKey, HEADER_KEYS } from '../domain/blocks';
import { plural } from '../l10n';

/** LSP SymbolKind values. */
const SYMBOL: Record<string, SymbolKind> = { Namespace: 3, Property: 7, Object: 19, Event: 24, Array: 18 };

/** The field that names an entry in the outline, and the one shown beside it. */
const ENTRY_NAME: Record<BlockKey, [string, string?]> = {
  decision_makers: ['id', 'title'],
  identification: ['source', 'method'],
  gatekeepers: ['technique'],
  positioning: ['for', 'as'],
  discovery_questions: ['question', 'type'],
  advancement_actions: ['action', 'stage'],
  approval_chains: ['id', 'name'],
  objections: ['objection'],
  risks: ['risk', 'impact'],
};

export function documentSymbols(parsed: ParsedTactic): DocumentSymbol[] {
  const { doc } = parsed;
  const root = doc.root;
  if (!root || !doc.yaml) return [];
  const out: DocumentSymbol[] = [];
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = scalarText(pair.key);
    const keySpan = nodeSpan(pair.key);
    if (key === undefined || !keySpan) continue;
    const span = trimmedSpan(parsed, pair) ?? keySpan;
    const sym: DocumentSymbol = {
      name: key,
      kind: SYMBOL.Property,
      range: doc.lines.range(span[0], span[1]),
      selectionRange: doc.lines.range(keySpan[0], keySpan[1]),
    };
    const value = deref(pair.value, doc.yaml);
    if ((BLOCK_KEYS as readonly string[]).includes(key)) {
      sym.kind = SYMBOL.Namespace;
      const [nameField, detailField] = ENTRY_NAME[key as BlockKey];
      sym.children = entrySymbols(parsed, value, nameField, detailField, SYMBOL.Object);
      sym.detail = entriesText(sym.children.length);
    } else if (key === 'sales_cycle') {
      sym.kind = SYMBOL.Namespace;
      const stages = isMap(value) ? deref(getPair(value, 'stages')?.value, doc.yaml) : undefined;
      sym.children = entrySymbols(parsed, stages, 'id', 'name', SYMBOL.Event);
      sym.detail = stagesText(sym.children.length);
    } else if ((HEADER_KEYS as readonly string[]).includes(key)) {
      sym.detail = short(scalarText(value) ?? '');
    }
    out.push(sym);
  }
  return out;
}

function entrySymbols(parsed: ParsedTactic, list: unknown, nameField: string, detailField: string | undefined, kind: SymbolKind): DocumentSymbol[] {
  if (!isSeq(list)) return [];
  const out: DocumentSymbol[] = [];
  list.items.forEach((item, i) => {
    const entry = deref(item, parsed.doc.yaml!);
    const span = trimmedSpan(parsed, item as Node);
    if (!span) return;
    const namePair = isMap(entry) ? getPair(entry, nameField) : undefined;
    const name = short(scalarText(namePair?.value) ?? '') || l10n.t('entry {0}', i + 1);
    const detail = isMap(entry) && detailField ? short(scalarText(getPair(entry, detailField)?.value) ?? '') : '';
    const sel = nodeSpan(namePair?.value as Node) ?? span;
    out.push({
      name,
      detail: detail || undefined,
      kind,
      range: parsed.doc.lines.range(span[0], span[1]),
      selectionRange: parsed.doc.lines.range(sel[0], Math.min(sel[1], span[1])),
    });
  });
  return out;
}

/** One line, cut at `max` characters: outlines are narrow. */
function short(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A node's span without the trailing white space and line breaks the parser counts in. */
function trimmedSpan(parsed: ParsedTactic, node: Node | Pair | null | undefined): [number, number] | undefined {
  const span = nodeSpan(node);
  if (!span) return undefined;
  const text = parsed.doc.text;
  let end = span[1];
  while (end > span[0] && /\s/.test(text[end - 1])) end--;
  return [span[0], end];
}

export function foldingRanges(parsed: ParsedTactic): FoldingRange[] {
  const { doc } = parsed;
  const out: FoldingRange[] = [];
  const lines = doc.lines;
  const add = (start: number, end: number, kind?: string) => {
    const a = lines.positionAt(start).line;
    const b = lines.positionAt(end).line;
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      for (const pair of (node as YAMLMap).items) {
        const span = trimmedSpan(parsed, pair as Pair);
        if (span && (isMap(pair.value) || isSeq(pair.value) || isScalar(pair.value))) add(span[0], span[1]);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isMap(item) || isSeq(item)) {
          const span = trimmedSpan(parsed, item as Node);
          if (span) add(span[0], span[1]);
        }
        visit(item, depth + 1);
      }
    }
  };
  visit(doc.yaml?.contents, 0);

  // Runs of two or more comment lines fold too.
  let runStart = -1;
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l));
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) out.push({ startLine: runStart, endLine: l - 1, kind: 'comment' });
      runStart = -1;
    }
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  // Editors keep one range per start line: the widest.
  return out.filter((r, i) => i === 0 || out[i - 1].startLine !== r.startLine);
}

function entriesText(n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: '{0} entry', args: [n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} entries', args: [n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} entries', args: [n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} entries', args: [n], comment: ['plural: other'] }),
  });
}

function stagesText(n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: '{0} stage', args: [n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} stages', args: [n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} stages', args: [n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} stages', args: [n], comment: ['plural: other'] }),
  });
}
