/**
 * Format Document: normalizes indentation (one step per level, lists indented under their key,
 * one space after `-`) and trailing white space, and changes nothing else. Comments, blank lines,
 * quoting, flow lists and block text stay as written. The new indentation of each line comes from
 * the YAML nodes; lines inside multi-line values move with the line that owns them. The result is
 * re-parsed and compared with the original data; if anything differs, or the document has syntax
 * errors, no edit is returned.
 */
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { isMap, isSeq, Node } from 'yaml';
import { nodeSpan } from '../parsing/ast';
import { diffEdit } from './edits';
import type { ParsedTactic } from '../types';
import { parseTactic } from '../parsing/parse';
import { detectEol } from '../parsing/text';

export function format(parsed: ParsedTactic, options: Partial<FormattingOptions> = {}): TextEdit[] {
  const { doc } = parsed;
  if (!doc.yaml || doc.problems.length > 0) return [];
  const formatted = formatText(parsed, Math.min(8, Math.max(1, Math.floor(options.tabSize ?? 2))));
  if (formatted === undefined || formatted === doc.text) return [];
  return diffEdit(doc.text, doc.lines, formatted);
}

/** The formatted text, or undefined when formatting would change the data. */
export function formatText(parsed: ParsedTactic, unit: number): string | undefined {
  const { doc } = parsed;
  const { lines, text } = doc;
  const count = lines.lineCount;
  const target: Array<number | undefined> = new Array(count);
  /** For continuation lines: the line whose move they follow. */
  const owner: Array<number | undefined> = new Array(count);
  /** Lines starting with `-` whose content should sit one space after the dash. */
  const dashLine = new Set<number>();

  const lineOf = (offset: number) => lines.positionAt(offset).line;
  const firstOnLine = (offset: number) => /^ *$/.test(text.slice(lines.lineStart(lineOf(offset)), offset));
  const follow = (node: unknown, ownerLine: number) => {
    const span = nodeSpan(node as Node);
    if (!span) return;
    const last = lineOf(Math.max(span[0], span[1] - 1));
    for (let l = Math.max(lineOf(span[0]), ownerLine + 1); l <= last; l++) if (owner[l] === undefined && target[l] === undefined) owner[l] = ownerLine;
  };
  const isBlockCollection = (n: unknown) => (isMap(n) || isSeq(n)) && !(n as { flow?: boolean }).flow;

  const layout = (node: unknown, col: number, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node) && !node.flow) {
      for (const pair of node.items) {
        const keySpan = nodeSpan(pair.key as Node);
        if (!keySpan) continue;
        const line = lineOf(keySpan[0]);
        if (firstOnLine(keySpan[0])) target[line] = col;
        const value = pair.value as Node | null;
        const vSpan = nodeSpan(value);
        if (isBlockCollection(value) && vSpan && lineOf(vSpan[0]) > line) layout(value, col + unit, depth + 1);
        else follow(value, line);
      }
    } else if (isSeq(node) && !node.flow) {
      for (const item of node.items) {
        const span = nodeSpan(item as Node);
        if (!span) continue;
        let dash = span[0] - 1;
        while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash--;
        if (text[dash] !== '-') {
          follow(item, lineOf(span[0]));
          continue;
        }
        const line = lineOf(dash);
        if (firstOnLine(dash)) target[line] = col;
        const sameLine = lineOf(span[0]) === line;
        if (sameLine && !text.slice(dash + 1, span[0]).includes('\t')) dashLine.add(line);
        if (isBlockCollection(item)) layout(item, sameLine ? col + 2 : col + unit, depth + 1);
        else follow(item, line);
      }
    }
  };
  layout(doc.yaml!.contents, 0, 0);

  const eol = detectEol(text);
  const out: string[] = [];
  const delta: number[] = new Array(count).fill(0);
  let lastDelta = 0;
  for (let l = 0; l < count; l++) {
    const original = lines.lineText(l);
    const indent = /^ */.exec(original)![0].length;
    const body = original.slice(indent);
    if (target[l] !== undefined) {
      let rest = body.replace(/[ \t]+$/, '');
      if (dashLine.has(l)) rest = rest.replace(/^-( +)/, '- ');
      out.push(' '.repeat(target[l]!) + rest);
      delta[l] = lastDelta = target[l]! - indent;
    } else if (owner[l] !== undefined) {
      const d = delta[owner[l]!];
      delta[l] = d;
      if (body === '' || /^\s*$/.test(body)) out.push(original);
      else out.push(d >= 0 ? ' '.repeat(d) + original : original.slice(Math.min(-d, indent)));
    } else if (/^\s*$/.test(original)) {
      out.push('');
    } else if (body.startsWith('#')) {
      out.push(' '.repeat(commentColumn(l, indent, lastDelta)) + body.replace(/[ \t]+$/, ''));
    } else {
      out.push(original); // directives, document markers: left as they are
    }
  }
  function leading(l: number): number {
    return /^ */.exec(lines.lineText(l))![0].length;
  }
  /** The nearest line above (-1) or below (+1) that got a new indentation, across blanks and comments. */
  function structural(from: number, step: 1 | -1): number | undefined {
    for (let l = from + step; l >= 0 && l < count; l += step) {
      if (target[l] !== undefined) return l;
      const t = lines.lineText(l);
      if (/^\s*$/.test(t) || /^\s*#/.test(t)) continue;
      return undefined;
    }
    return undefined;
  }
  /**
   * A comment line lines up with the neighbouring line it was written closest to (the next one on
   * a tie); comments at column 0 stay there.
   */
  function commentColumn(l: number, indent: number, fallbackDelta: number): number {
    if (indent === 0) return 0;
    const candidates = [structural(l, 1), structural(l, -1)].filter((x): x is number => x !== undefined);
    if (!candidates.length) return Math.max(0, indent + fallbackDelta);
    let best = candidates[0];
    for (const c of candidates) if (Math.abs(leading(c) - indent) < Math.abs(leading(best) - indent)) best = c;
    return target[best]!;
  }

  // Keep each line's own break (a file may mix them); end with one.
  let result = '';
  for (let l = 0; l < count; l++) {
    const brk = text.slice(lines.lineEnd(l), l + 1 < count ? lines.lineStart(l + 1) : text.length);
    result += out[l] + (l + 1 < count ? brk : '');
  }
  result = result.replace(/(\r\n|\r|\n)*$/, '');
  if (result.length) result += eol;

  const check = parseTactic(result, undefined, { incremental: false }); // thrown away: no chunk cache
  if (check.problems.length > 0 || JSON.stringify(check.value) !== JSON.stringify(doc.value)) return undefined;
  return result;
}
