/**
 * Mark as Reviewed: sets the header's `reviewed` to a date with the smallest possible edit, so the
 * file's layout, quoting and comments stay as they were. A present value is replaced (inside its
 * quotes when quoted); an absent key is inserted after the header keys that come before it
 * (`tactic`, `account`, `product`, `owner`), in a block or a flow mapping. Also the quick fix of
 * the `stale-review` finding (added beside codeActions.ts's fixes by the service facade).
 */
import * as l10n from '@vscode/l10n';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, Scalar } from 'yaml';
import { HEADER_KEYS } from '../domain/blocks';
import { AnyNode, getPair, nodeSpan } from '../parsing/ast';
import { detectEol } from '../parsing/text';
import type { ParsedTactic } from '../types';
import type { TacticCodeAction } from './codeActions';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar date of `now` as YYYY-MM-DD (the user's "today", not UTC's). */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The edits that set `reviewed: <date>`; none when the text is not a mapping, the date is not
 * YYYY-MM-DD, the value already is that date, or the key is absent from a document with a YAML
 * syntax error (where an insertion could land in the wrong place).
 */
export function markReviewed(parsed: ParsedTactic, date: string): TextEdit[] {
  if (!DATE.test(date)) return [];
  const { doc } = parsed;
  const root = doc.root;
  if (!isMap(root)) return [];
  const { text, lines } = doc;
  const edit = (start: number, end: number, newText: string): TextEdit[] => [{ range: lines.range(start, end), newText }];

  const pair = getPair(root, 'reviewed');
  if (pair) {
    const value = pair.value;
    const span = nodeSpan(value);
    if (!value || !span || span[0] === span[1]) {
      // `reviewed:` with no value (or only a comment): the date goes right after the colon.
      const keyEnd = nodeSpan(pair.key)?.[1];
      if (keyEnd === undefined) return [];
      const colon = text.indexOf(':', keyEnd);
      return colon < 0 ? [] : edit(colon + 1, colon + 1, ` ${date}`);
    }
    if (isScalar(value) && (value.type === Scalar.QUOTE_DOUBLE || value.type === Scalar.QUOTE_SINGLE)) {
      if (value.value === date) return [];
      return edit(span[0] + 1, span[1] - 1, date); // keep the user's quotes
    }
    if (isScalar(value) && value.type === Scalar.PLAIN && text.slice(span[0], span[1]) === date) return [];
    // Plain, block scalar, alias or a collection: the whole value, keeping the line break after it.
    let end = span[1];
    while (end > span[0] && /\s/.test(text[end - 1])) end--;
    return edit(span[0], end, date);
  }

  if (doc.broken) return [];
  const before = HEADER_KEYS.slice(0, HEADER_KEYS.indexOf('reviewed'));
  // The header key written last of those that precede `reviewed` in the format's order.
  let anchor: { keyStart: number; end: number } | undefined;
  for (const key of before) {
    const p = getPair(root, key);
    const keySpan = nodeSpan(p?.key);
    if (!p || !keySpan) continue;
    const end = nodeSpan(p)?.[1] ?? keySpan[1];
    if (!anchor || keySpan[0] > anchor.keyStart) anchor = { keyStart: keySpan[0], end };
  }

  if (root.flow) {
    if (anchor) return edit(anchor.end, anchor.end, `, reviewed: ${date}`);
    const first = nodeSpan(root.items[0]?.key as AnyNode);
    if (first) return edit(first[0], first[0], `reviewed: ${date}, `);
    const open = root.range?.[0];
    return open !== undefined && text[open] === '{' ? edit(open + 1, open + 1, `reviewed: ${date}`) : [];
  }

  const eol = detectEol(text);
  if (anchor) {
    const lastLine = lines.positionAt(Math.max(anchor.keyStart, anchor.end - 1)).line;
    const keyLine = lines.positionAt(anchor.keyStart).line;
    const indent = text.slice(lines.lineStart(keyLine), anchor.keyStart).replace(/\uFEFF/g, '');
    const line = `${/^[ \t]*$/.test(indent) ? indent : ''}reviewed: ${date}`;
    if (lastLine + 1 < lines.lineCount) {
      const at = lines.lineStart(lastLine + 1);
      return edit(at, at, line + eol);
    }
    return edit(text.length, text.length, eol + line);
  }
  // No header key before it: `reviewed` opens the mapping.
  const first = nodeSpan(root.items[0]?.key as AnyNode);
  if (!first) return [];
  const firstLine = lines.positionAt(first[0]).line;
  let at = lines.lineStart(firstLine);
  if (text.charCodeAt(at) === 0xfeff) at++;
  const indent = text.slice(at, first[0]);
  if (!/^[ \t]*$/.test(indent)) return edit(first[0], first[0], `reviewed: ${date}${eol}${' '.repeat(first[0] - at)}`);
  return edit(at, at, `${indent}reviewed: ${date}${eol}`);
}

/** The `stale-review` quick fix: "Mark as reviewed today". Never part of Fix all: a review is a person's decision. */
export function staleReviewFixes(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, today: string): TacticCodeAction[] {
  const wanted = !only || only.length === 0 || only.some((o) => o === 'quickfix' || 'quickfix'.startsWith(`${o}.`));
  if (!wanted) return [];
  const out: TacticCodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'stale-review') continue;
    const edits = markReviewed(parsed, today);
    if (edits.length) out.push({ title: l10n.t('Mark as reviewed today ({0})', today), kind: 'quickfix', diagnostics: [d], isPreferred: true, edits });
  }
  return out;
}
