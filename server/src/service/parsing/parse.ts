/**
 * Text → TacticDocument: the guarded parse every feature starts from.
 *
 * Guards run before the `yaml` parser sees the text, because some inputs hurt the process in ways
 * no try/catch can help: very deep flow nesting can abort Node from inside the regex engine, and
 * huge inputs would block the server for seconds. The JavaScript value handed to ajv is built here
 * too, with alias expansion counted (alias bombs) and objects without Object.prototype behind
 * them (`__proto__` keys; see value.ts's PlainObject).
 */
import * as l10n from '@vscode/l10n';
import { Composer, Document, isCollection, isMap, isPair, isScalar, isSeq, Lexer, parseDocument, Parser, Scalar, visit, YAMLMap } from 'yaml';
import { readBlockYaml, type FastRead, type YamlOptions } from './blockYaml';
import { INCREMENTAL_MIN_LENGTH, parseInChunks, type ChunkCache, type ChunkReader } from './incremental';
import { MAX_NESTING } from './limits';
import { LineIndex, yamlSource } from './text';
import { plainValue } from './value';

/** Files above this size are not parsed (a realistic tactic is a few KB; 20,000 lines ≈ 600 KB). */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Below this many characters (about 64 KB) a document's first version is read whole (see parseTactic). */
const WHOLE_FIRST_READ_MAX = 64_000;
export { MAX_NESTING };
/** Duplicate keys reported per file; more say nothing new. */
export const MAX_DUPLICATE_FINDINGS = 1000;
/** Parser errors (and, apart, warnings) reported per file. */
export const MAX_SYNTAX_FINDINGS = 1000;

/** The `yaml` options of every parse of a tactic (also the bench's floor). */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // Duplicate keys are found by duplicateKeys() below: yaml's own check is quadratic in the
  // size of a mapping (300,000 repeated keys took 24 s).
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // YAML 1.1's `!!binary`, `!!timestamp`, `!!set`… are not resolved: a tactic has no use for them
  // (they get the unknown-tag warning), and the bundles' build of yaml decodes `!!binary` unlike
  // the CommonJS build the tests run (scripts/yamlModule.mjs).
  resolveKnownTags: false,
} as const;

export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
  /**
   * Structural problems mean parts of the text may be missing from the tree; rules that reason
   * about absence (a missing block, an undefined id) then stay quiet to avoid knock-on findings.
   */
  structural: boolean;
}

export interface TacticDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The first YAML document, or null when the text was refused before parsing. */
  readonly yaml: Document.Parsed | null;
  /** The root mapping, when the document is one. */
  readonly root: YAMLMap | null;
  /** Plain value for schema validation (objects have no prototype). */
  readonly value: unknown;
  readonly problems: SyntaxProblem[];
  /** True when a structural problem exists (see SyntaxProblem.structural). */
  readonly broken: boolean;
  /** Per-chunk parses, when the document was composed from them (see incremental.ts). */
  readonly chunks?: ChunkCache;
  /** When it took the full parse instead: chunk parses kept for the next version. */
  readonly carriedChunks?: ChunkCache;
}

/**
 * Parses a tactic. `previous`, the parse of an earlier version of the same document, lets a
 * large document re-parse only the chunks an edit touched (see incremental.ts). `incremental`:
 * false reads the text whole (one-shot callers); true cuts it into chunks from its first version on.
 */
export function parseTactic(text: string, previous?: TacticDocument, options: { incremental?: boolean } = {}): TacticDocument {
  const lines = new LineIndex(text);
  const problems: SyntaxProblem[] = [];
  const refused = (message: string, start: number, end: number): TacticDocument => ({
    text, lines, yaml: null, root: null, value: undefined, problems: [{ message, start, end, structural: true }], broken: true,
  });

  if (text.length > MAX_TEXT_LENGTH) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return refused(l10n.t('This file is {0} MB; tactic files over {1} MB are not checked. Split it into one tactic per client or segment.', mb, MAX_TEXT_LENGTH / 1_000_000), 0, lines.lineEnd(0));
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return refused(l10n.t('The file contains a NUL character, so it looks binary, not a YAML text. If it is UTF-16, save it as UTF-8; otherwise remove the NUL bytes (often pasted from another program).'), nul, nul + 1);
  }
  const source = yamlSource(text);

  let carriedChunks: ChunkCache | undefined;
  // A first version of a typical tactic is read whole, one pass, instead of chunk by chunk
  // (several times the work); its first edit then parses the chunks, a few milliseconds at
  // this size. Larger documents take the chunks from the start, so that first edit stays cheap.
  const firstRead = !previous && source.length < WHOLE_FIRST_READ_MAX && options.incremental !== true;
  if (source.length >= INCREMENTAL_MIN_LENGTH && options.incremental !== false && !firstRead) {
    // Chunks are small, so yaml's own duplicate check is cheap there (and makes the chunk fall
    // back to a full parse, which reports it). Each new chunk passes the nesting guard before it
    // is parsed; one that fails sends the text to the full path below, which reports it.
    const result = parseInChunks(source, previous?.chunks ?? previous?.carriedChunks, { ...YAML_OPTIONS, uniqueKeys: true }, readGuardedChunk);
    if (result.composed) {
      const { doc, root, value, chunks } = result.composed;
      return { text, lines, yaml: doc, root, value, problems, broken: false, chunks };
    }
    carriedChunks = result.carry;
  }

  const guarded = guardedFastRead(source, YAML_OPTIONS, { refuseDuplicateKeys: true });
  if (guarded.deep >= 0) {
    return refused(l10n.t('Nesting is deeper than {0} levels here; a tactic needs only a few. The file is not checked.', MAX_NESTING), guarded.deep, guarded.deep + 1);
  }
  const fast = guarded.fast;

  let docs: Document.Parsed[];
  try {
    docs = fast ? [fast.doc] : firstDocuments(source, 2);
    // An empty stream (blank or comments only) still is one empty document for our purposes.
    if (!Array.isArray(docs) || docs.length === 0) docs = [parseDocument(source, YAML_OPTIONS)];
  } catch (e) {
    // Stack overflows on pathological block nesting end up here.
    return refused(l10n.t('The YAML parser could not read this file ({0}).', errorMessage(e)), 0, lines.lineEnd(0));
  }
  const doc = docs[0];
  const unclosedFlow = new UnclosedFlow(doc);
  let quotedEnds: Map<number, number> | undefined;
  // Past MAX_SYNTAX_FINDINGS errors the file is garbage; more findings say nothing new.
  for (const e of doc.errors.slice(0, MAX_SYNTAX_FINDINGS)) {
    const quote = e.code === 'MISSING_CHAR' ? (quotedEnds ??= quotedScalarEnds(doc)).get(e.pos[0]) : undefined;
    if (quote !== undefined) {
      // yaml points at the end of the file; the place to fix is the quote that opened the text.
      const message = source.charAt(quote) === '"'
        ? l10n.t('This double quote is never closed, so everything after it was read as one text. Add the closing ".')
        : l10n.t("This single quote is never closed, so everything after it was read as one text. Add the closing '.");
      problems.push({ message, start: quote, end: quote + 1, structural: true });
      continue;
    }
    const bracket = e.code === 'BAD_INDENT' ? unclosedFlow.take(e.pos[0]) : undefined;
    if (bracket !== undefined) {
      // Same: the bracket that was never closed, not the next key where yaml noticed.
      const message = source.charAt(bracket) === '['
        ? l10n.t('This `[` is never closed: end the list with `]` (a list that spans lines must also be indented more than its key).')
        : l10n.t('This `{` is never closed: end the mapping with `}` (a mapping that spans lines must also be indented more than its key).');
      problems.push({ message, start: bracket, end: bracket + 1, structural: true });
      continue;
    }
    const [start, end] = e.pos;
    problems.push({ message: friendlyYamlMessage(e.code, e.message), start, end: spanEnd(source, start, end), structural: true });
  }
  // The fast reader refuses texts with a repeated key, so only yaml's documents can have one.
  for (const [key, first] of fast ? [] : duplicateKeys(doc, MAX_DUPLICATE_FINDINGS)) {
    problems.push({
      message: l10n.t('This key appears twice in the same mapping; YAML keys must be unique. The first `{0}` is on line {1}.', String(key.value), lines.positionAt(first).line + 1),
      start: key.range![0], end: key.range![1], structural: false,
    });
  }
  for (const w of doc.warnings.slice(0, MAX_SYNTAX_FINDINGS)) {
    const [start, end] = w.pos;
    problems.push({ message: friendlyYamlMessage(w.code, w.message), start, end: spanEnd(source, start, end), structural: false });
  }
  if (docs.length > 1) {
    // One finding is enough; every later document is covered by the message.
    const start = docs[1].range[0];
    const firstEnd = (doc.contents as { range?: number[] } | null)?.range?.[2] ?? 0;
    const marker = source.lastIndexOf('---', start + 3);
    if (marker >= firstEnd && marker <= start) {
      problems.push({
        message: l10n.t('A tactic file holds exactly one YAML document; everything from this `---` on is ignored. Move it into its own file.'),
        start: marker, end: marker + 3, structural: false,
      });
    } else {
      // No `---`: the first document was closed with `...` and text follows it.
      problems.push({
        message: l10n.t('A tactic file holds exactly one YAML document, and the `...` before this line ended it: everything from here on is ignored. Remove the `...` or move the rest into its own file.'),
        start, end: Math.max(start + 1, lines.lineEnd(lines.positionAt(start).line)), structural: false,
      });
    }
  }

  const root = isMap(doc.contents) ? (doc.contents as YAMLMap) : null;
  let value: unknown;
  try {
    value = fast ? fast.value : toValue(doc, problems);
  } catch (e) {
    problems.push({ message: l10n.t('The document could not be read as data ({0}).', errorMessage(e)), start: 0, end: lines.lineEnd(0), structural: true });
    value = null;
  }
  return { text, lines, yaml: doc, root, value, problems, broken: problems.some((p) => p.structural), carriedChunks };
}

/**
 * Offset of the first place where flow brackets or block indentation go deeper than MAX_NESTING,
 * or -1. Linear and without recursion. Flow depth is counted on the tokens of yaml's own lexer
 * (a flat state machine), so quotes, comments, block scalars and plain scalars such as `a:"` are
 * read exactly as the parser will read them: a hand-written scanner guessing where quotes open
 * could be fooled into skipping brackets the parser then nests.
 */
export function findDeepNesting(text: string): number {
  const scan = scanNesting(text);
  if (scan.deep >= 0) return scan.deep;
  // Fewer brackets in the whole text than the limit and no crowded line: no need to look closer.
  return scan.openers <= MAX_NESTING && !scan.crowded ? -1 : lexerNesting(text);
}

/**
 * The fast reader, and the nesting guard where it did not read: `fast` is the reader's document
 * when it took the text (the common case, several times faster; anything else, and every error,
 * is left to yaml's parse), `deep` where the text nests too deep (-1: nowhere). The guard need not
 * run on what the reader took: the reader refuses a line that the guard's first half measures as
 * too deep, and it nests flow collections at most about MAX_FLOW_DEPTH (blockYaml.ts) deep, each
 * on one line, so nothing it reads can trip the lexer's half either. That half costs as much as
 * the read itself, so it runs only where needed on a text left to yaml (a large block, such as a
 * 20,000-line tactic's sales_cycle, has more brackets than the limit, all flat).
 */
function guardedFastRead(text: string, options: YamlOptions, readOptions?: { refuseDuplicateKeys: boolean }): { deep: number; fast?: FastRead } {
  const fast = readBlockYaml(text, options, readOptions);
  if (fast) return { deep: -1, fast };
  const scan = scanNesting(text);
  if (scan.deep >= 0) return { deep: scan.deep };
  return { deep: scan.openers > MAX_NESTING || scan.crowded ? lexerNesting(text) : -1 };
}

/** One chunk of the incremental parse, guarded and read as a whole text is. */
const readGuardedChunk: ChunkReader = (chunk, options) => {
  const guarded = guardedFastRead(chunk, options);
  if (guarded.deep >= 0) return undefined;
  return guarded.fast ? { doc: guarded.fast.doc, fast: true, value: guarded.fast.value } : { doc: parseDocument(chunk, options) as Document.Parsed, fast: false };
};

/** What one pass over the characters tells about nesting (see findDeepNesting). */
interface NestingScan {
  /** Offset where block nesting goes too deep, or -1. */
  deep: number;
  /** `[` and `{` anywhere, even in scalars. */
  openers: number;
  /** A line with more indicators than the limit after its start. */
  crowded: boolean;
  /** The most indentation and indicators at the start of a line, in columns. */
  maxIndent: number;
}

function scanNesting(text: string): NestingScan {
  let openers = 0;
  let lineStart = true;
  let indent = 0;
  let inline = 0;
  let crowded = false;
  let maxIndent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (indent > maxIndent) maxIndent = indent; // a line of indicators only, such as `- - -`
      lineStart = true;
      indent = 0;
      inline = 0;
      continue;
    }
    if (lineStart) {
      // Block nesting shows as indentation plus `- `, `? ` and `: ` indicators; two columns per
      // level at least. Counting these everywhere (even inside scalars) only over-estimates.
      if (c === 32 || c === 9 || c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) {
        if (++indent > MAX_NESTING * 2 + 2) return { deep: i, openers, crowded, maxIndent: indent };
        continue;
      }
      // An anchor or tag may sit between the indicators (`- &a - !t - …`): skip it and keep
      // counting, or such a line nests without limit (100,000 levels hung the parser).
      if (c === 38 /* & */ || c === 33 /* ! */) {
        while (i + 1 < text.length && !/[ \t\r\n]/.test(text.charAt(i + 1))) i++;
        continue;
      }
      lineStart = false;
      if (indent > maxIndent) maxIndent = indent;
    }
    if (c === 91 || c === 123) openers++;
    // Indicators further along a line nest too once the parser recovers from an error
    // (`: !t %--- ` repeated 1,000 times nested 1,000 mappings and aborted Node in the regex
    // compiler). Many of them on one line (or in flow mappings, where they do not nest) make the
    // lexer below look closer.
    else if ((c === 45 || c === 63 || c === 58) && isBlank(text.charCodeAt(i + 1)) && ++inline > MAX_NESTING) crowded = true;
  }
  return { deep: -1, openers, crowded, maxIndent: Math.max(maxIndent, indent) };
}

/** Flow depth and indicators per line, counted on yaml's own tokens. */
function lexerNesting(text: string): number {
  let depth = 0;
  let lineIndicators = 0;
  let offset = 0;
  let atScalar = false;
  for (const token of new Lexer().lex(text)) {
    // Mirrors yaml's Parser.next: the scalar marker and two other control tokens take no room.
    if (atScalar) atScalar = false;
    else if (token === '\x1f') {
      atScalar = true;
      continue;
    } else if (token === '\x02' || token === '\x18') continue;
    else if (token === '[' || token === '{') {
      if (++depth > MAX_NESTING) return offset;
    } else if ((token === ']' || token === '}') && depth > 0) depth--;
    else if (token === '\n' || token === '\r\n') lineIndicators = 0;
    else if ((token === '-' || token === '?' || token === ':') && depth === 0 && ++lineIndicators > MAX_NESTING) return offset;
    offset += token.length;
  }
  return -1;
}

/**
 * The first `max` documents of the stream, as parseAllDocuments would give them. Stops there:
 * only the second one's start matters (it is reported), and a file of 100,000 `---` documents
 * would otherwise take seconds to parse in full.
 */
function firstDocuments(source: string, max: number): Document.Parsed[] {
  const docs: Document.Parsed[] = [];
  for (const doc of new Composer(YAML_OPTIONS).compose(new Parser().parse(source))) {
    docs.push(doc as Document.Parsed);
    if (docs.length >= max) break;
  }
  return docs;
}

/** Quoted scalars by the offset they end at → where they open (to place unclosed-quote errors). */
function quotedScalarEnds(doc: Document.Parsed): Map<number, number> {
  const ends = new Map<number, number>();
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && !ends.has(node.range[1])) ends.set(node.range[1], node.range[0]);
    },
  });
  return ends;
}

/**
 * Flow collections (`[…]`, `{…}`) that the parser ended without their closing bracket: their
 * range ends exactly where yaml reports a `BAD_INDENT` error ("… must be sufficiently indented and
 * end with a ]"), while a closed one's ends after its own bracket. Each is matched to one such
 * error, outermost first. The message names the bracket found in the text, so it never depends on
 * the parser's (English) wording.
 */
class UnclosedFlow {
  /** Flow collections by the offset their range ends at, in visiting order (outermost first). */
  private byEnd?: Map<number, Array<{ start: number; used: boolean }>>;

  constructor(private readonly doc: Document.Parsed) {}

  /** Where the unclosed `[` or `{` whose error yaml reported at `at` opens, if one does. */
  take(at: number): number | undefined {
    if (!this.byEnd) {
      const byEnd: NonNullable<UnclosedFlow['byEnd']> = new Map();
      visit(this.doc, {
        Node(_key, node) {
          if (!isCollection(node) || !node.flow || !node.range) return;
          const list = byEnd.get(node.range[1]) ?? [];
          list.push({ start: node.range[0], used: false });
          byEnd.set(node.range[1], list);
        },
      });
      this.byEnd = byEnd;
    }
    // A closed collection ends here too only when its unclosed parent's error follows it directly
    // (`[a, [b]` at the end of the text): the outermost one is then the one the error is about.
    const c = this.byEnd.get(at)?.find((x) => !x.used);
    if (!c) return undefined;
    c.used = true;
    return c.start;
  }
}

/** Space, tab, line break or the end of the text (NaN). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** Builds the plain value of a document for schema validation (see value.ts). */
function toValue(doc: Document.Parsed, problems: SyntaxProblem[]): unknown {
  return plainValue(doc.contents, {
    doc,
    onProblem: (message, start, end, structural) => problems.push({ message, start, end, structural }),
  });
}

/**
 * Keys repeated within one mapping (the repeat, and where the key first appeared), in document
 * order, at most `max`. Scalar keys are compared by value and type, as yaml does (`a` and "a" are
 * the same key, 1 and "1" are not). Linear: one set per mapping.
 */
function duplicateKeys(doc: Document.Parsed, max: number): Array<[Scalar, number]> {
  const found: Array<[Scalar, number]> = [];
  // A plain walk in yaml's visit() order: visit() builds a frozen path for every node, which made
  // this a tenth of `tactic lint`. Depth is bounded by the nesting guard that runs before.
  const walk = (node: unknown): boolean => {
    if (isMap(node)) {
      if (node.items.length > 1) {
        const seen = new Map<string, number>();
        for (const pair of node.items) {
          const k = pair.key;
          if (!isScalar(k) || !k.range) continue;
          const id = `${typeof k.value}:${String(k.value)}`;
          const first = seen.get(id);
          if (first === undefined) seen.set(id, k.range[0]);
          else if (found.push([k, first]) >= max) return false;
        }
      }
      for (const pair of node.items) if (!walk(pair.key) || !walk(pair.value)) return false;
    } else if (isSeq(node)) {
      for (const item of node.items) if (!walk(item)) return false;
    } else if (isPair(node)) {
      return walk(node.key) && walk(node.value);
    }
    return true;
  };
  walk(doc.contents);
  return found;
}

/** By yaml's error code: our sentence, with the parser's own (English) words after it. */
const FRIENDLY: Record<string, (parser: string) => string> = {
  TAB_AS_INDENT: (parser) => l10n.t('Tabs cannot indent YAML; use spaces. ({0})', parser),
  DUPLICATE_KEY: (parser) => l10n.t('This key appears twice in the same mapping; YAML keys must be unique. ({0})', parser),
  TAG_RESOLVE_FAILED: (parser) => l10n.t('Unknown tag; tactic files use plain YAML values without custom `!tags`. ({0})', parser),
  BAD_INDENT: (parser) => l10n.t('The indentation here does not line up with the surrounding lines. ({0})', parser),
  MULTIPLE_DOCS: (parser) => l10n.t('A tactic file holds exactly one YAML document. ({0})', parser),
};

/** yaml's token names, as the characters the user typed. */
const TOKEN_NAMES: Record<string, string> = {
  'flow-seq-start': '`[`', 'flow-seq-end': '`]`', 'flow-map-start': '`{`', 'flow-map-end': '`}`',
  'block-seq-ind': '`-`', 'seq-item-ind': '`-`', 'map-value-ind': '`:`', 'explicit-key-ind': '`?`',
  'comma': '`,`', 'doc-start': '`---`', 'doc-end': '`...`', 'scalar': 'text', 'anchor': 'anchor', 'tag': 'tag',
};

function friendlyYamlMessage(code: string, message: string): string {
  const plain = message.replace(/\s+at line \d+, column \d+.*$/s, '').trim()
    .replace(/ token in YAML stream: .*$/s, '')
    .replace(/(?<=Unexpected )[a-z-]+/g, (t) => TOKEN_NAMES[t] ?? t);
  // The composer recurses per level and reports running out of stack as an ordinary error.
  if (code === 'RESOURCE_EXHAUSTION') return l10n.t('Nesting is too deep for the YAML parser here; a tactic needs only a few levels. The file is not checked.');
  return FRIENDLY[code]?.(plain) ?? l10n.t('YAML syntax: {0}', plain);
}

/**
 * End of a parser error's span: at least one character wide, and never between the CR and LF of
 * a CRLF, so an error on a line break covers the same lines whatever the line ends.
 */
function spanEnd(source: string, start: number, end: number): number {
  const e = Math.max(end, start + 1);
  return source.charCodeAt(e - 1) === 13 && source.charCodeAt(e) === 10 ? e + 1 : e;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
