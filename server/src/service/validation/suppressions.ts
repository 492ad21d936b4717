/**
 * Inline suppression comments in a tactic:
 *
 *   # tactic-lint-disable-next-line RULE[, RULE…]   the findings that start on the next line
 *   # tactic-lint-disable RULE[, RULE…]             the findings of the whole file
 *
 * Without a rule list, every rule is meant. Anything after ` -- ` is a free-text reason. Comments
 * are taken from the YAML CST, so a `#` inside a quoted or block scalar is never mistaken for one.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, Node } from 'yaml';
import type { TacticDocument } from '../parsing/parse';
import { closestNames } from '../parsing/text';
import { didYouMean, sentences } from '../messages';
import type { Diagnostic, SuppressionFindingData } from '../types';

export const DISABLE = 'tactic-lint-disable';
export const DISABLE_NEXT_LINE = 'tactic-lint-disable-next-line';
const PREFIX = 'tactic-lint-';
/** Stands for "every rule" in the sets below. */
export const ALL_RULES = '*';

export interface SuppressionProblem {
  start: number;
  end: number;
  message: string;
  data: SuppressionFindingData;
}

export interface Suppressions {
  /** Rules off for the whole file. */
  readonly file: ReadonlySet<string>;
  /** 0-based line → rules off for findings that start on that line. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
  /** Unknown rule names and unknown directives, with the exact range of the offending word. */
  readonly problems: SuppressionProblem[];
}

export const NO_SUPPRESSIONS: Suppressions = { file: new Set(), lines: new Map(), problems: [] };

interface CommentToken {
  offset: number;
  source: string;
}

export function findSuppressions(doc: TacticDocument, knownRules: ReadonlySet<string>): Suppressions {
  // A refused text (binary, huge, too deep) is never handed to the parser.
  if (!doc.yaml || !doc.text.includes(PREFIX)) return NO_SUPPRESSIONS;
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const problems: SuppressionProblem[] = [];

  for (const comment of comments(doc)) {
    const directive = parseDirective(comment, knownRules, problems);
    if (!directive) continue;
    if (directive.kind === DISABLE) {
      for (const r of directive.rules) file.add(r);
    } else {
      const line = doc.lines.positionAt(comment.offset).line + 1;
      let set = lines.get(line);
      if (!set) lines.set(line, (set = new Set()));
      for (const r of directive.rules) set.add(r);
    }
  }
  return { file, lines, problems };
}

/** Whether a finding is switched off by a suppression comment. */
export function isSuppressed(d: Diagnostic, s: Suppressions): boolean {
  const code = String(d.code ?? '');
  if (s.file.has(code) || s.file.has(ALL_RULES)) return true;
  const onLine = s.lines.get(d.range.start.line);
  return !!onLine && (onLine.has(code) || onLine.has(ALL_RULES));
}

function parseDirective(
  comment: CommentToken,
  knownRules: ReadonlySet<string>,
  problems: SuppressionProblem[],
): { kind: string; rules: string[] } | undefined {
  const m = /^#\s*(tactic-lint-[A-Za-z-]*)/.exec(comment.source);
  if (!m) return undefined;
  const kind = m[1];
  const kindStart = comment.offset + m[0].length - kind.length;
  if (kind !== DISABLE && kind !== DISABLE_NEXT_LINE) {
    const guess = closestNames(kind, [DISABLE, DISABLE_NEXT_LINE], 1);
    problems.push({
      start: kindStart, end: kindStart + kind.length,
      message: sentences(
        l10n.t('`{0}` is not a suppression comment: use `# {1} RULE` or `# {2} RULE`.', kind, DISABLE_NEXT_LINE, DISABLE),
        guess.length > 0 && didYouMean(guess[0]),
      ),
      data: { kind: 'unknown-directive', directive: kind, suggestions: guess },
    });
    return undefined;
  }
  let rest = comment.source.slice(m[0].length);
  if (rest && !/^\s/.test(rest)) return undefined; // e.g. `tactic-lint-disable:` is prose, not a directive
  const reason = /\s--(\s|$)/.exec(rest);
  if (reason) rest = rest.slice(0, reason.index);

  const rules: string[] = [];
  const restStart = comment.offset + m[0].length;
  for (const w of rest.matchAll(/[^\s,]+/g)) {
    const name = w[0];
    if (knownRules.has(name)) {
      rules.push(name);
      continue;
    }
    const start = restStart + (w.index ?? 0);
    const guess = closestNames(name, knownRules, 1);
    problems.push({
      start, end: start + name.length,
      message: sentences(l10n.t('`{0}` is not a lint rule, so this comment suppresses nothing for it.', name), guess.length > 0 && didYouMean(guess[0])),
      data: { kind: 'unknown-rule', rule: name, suggestions: guess },
    });
  }
  // A list of only unknown names must not turn into "every rule".
  if (rules.length === 0 && /[^\s,]/.test(rest)) return undefined;
  return { kind, rules: rules.length ? rules : [ALL_RULES] };
}

/**
 * The comments that can hold a directive, in order: each line that mentions `tactic-lint-`, and on
 * it the first `#` that opens a comment (at the line start or after white space, outside every
 * scalar of the parse already made). No second parse of the text: directives are rare, this runs
 * on every validation, and a full parse of a large tactic costs far more than the rules.
 */
function comments(doc: TacticDocument): CommentToken[] {
  const { text, lines } = doc;
  const out: CommentToken[] = [];
  let lastLine = -1;
  for (let at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, at + 1)) {
    const line = lines.positionAt(at).line;
    if (line === lastLine) continue;
    lastLine = line;
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    for (let hash = text.indexOf('#', start); hash >= 0 && hash < end; hash = text.indexOf('#', hash + 1)) {
      const opensComment = hash === start || text[hash - 1] === ' ' || text[hash - 1] === '\t';
      if (!opensComment || insideScalar(doc.yaml?.contents, hash)) continue;
      out.push({ offset: hash, source: text.slice(hash, end) });
      break;
    }
  }
  return out;
}

/** Whether `offset` falls inside the text of a scalar (a `#` there is data, not a comment). */
function insideScalar(root: unknown, offset: number): boolean {
  let node = root;
  for (let depth = 0; node && depth < 1000; depth++) {
    if (isScalar(node)) return !!node.range && offset >= node.range[0] && offset < node.range[1];
    if (!isMap(node) && !isSeq(node)) return false;
    const children: unknown[] = isMap(node) ? node.items.flatMap((p) => [p.key, p.value]) : node.items;
    node = children.find((c) => {
      const r = (c as Node | null)?.range;
      return !!r && offset >= r[0] && offset < (isScalar(c) ? r[1] : r[2]);
    });
  }
  return false;
}
