/**
 * The language-server scenario, run the same way against each server on each document, one fresh
 * process per repetition:
 * spawn → initialize (cold start); a small document with a known schema error must come back with
 * that error (proof the server validates with the tactic schema; untimed); didOpen of the bench
 * document → its diagnostics; bursts of 20 single-character edits → diagnostics of the final
 * version, right after the open and again after a second of idle time; then (on a server that has
 * had that idle second) completion and hover on a quiet document; completion sent right after an
 * edit, while that edit's validation is pending; peak RSS.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { BenchDocument, generateTactic, REALISTIC_SHAPE } from './docs';
import { LspSession, Published, ServerSpec } from './lspSession';

/** Lines of one decision maker in the middle of the block, where edits, completion and hover happen. */
interface Target {
  titleLine: number;
  titleLength: number;
  roleLine: number;
  roleLength: number;
  influenceLine: number;
  influenceText: string;
}

export interface ServerSamples {
  startMs: number[];
  openMs: number[];
  editMs: number[];
  /** The same bursts after the server had IDLE_MS with nothing to do, as after a user's first look. */
  idleEditMs: number[];
  completionMs: number[];
  hoverMs: number[];
  pendingCompletionMs: number[];
  rssMb: number[];
  completionItems?: number;
  hoverFound?: boolean;
  openDiagnostics?: number;
  /** Whether the server advertised each feature (n/a in the table otherwise). */
  completion: boolean;
  hover: boolean;
  error?: string;
}

export interface ServerBenchOptions {
  reps: number;
  bursts: number;
  completions: number;
  hovers: number;
  pending: number;
  dir: string;
}

const TYPED = 'abcdefghijklmnopqrstuvwxyz';
/** A pause after opening, like a user reading before typing: servers may use idle time. */
const IDLE_MS = 1000;

export function findTarget(text: string): Target {
  const lines = text.split('\n');
  const start = lines.indexOf('decision_makers:');
  const ids: number[] = [];
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]); i++) if (lines[i].startsWith('  - id: ')) ids.push(i);
  const first = ids[Math.floor(ids.length / 2)];
  const find = (prefix: string) => {
    for (let i = first + 1; i < lines.length && !lines[i].startsWith('  - '); i++) if (lines[i].startsWith(prefix)) return i;
    throw new Error(`bench document: no "${prefix.trim()}" in the target decision maker`);
  };
  const titleLine = find('    title: ');
  const roleLine = find('    role: ');
  const influenceLine = find('    influence: ');
  return {
    titleLine, titleLength: lines[titleLine].length, roleLine, roleLength: lines[roleLine].length,
    influenceLine, influenceText: lines[influenceLine],
  };
}

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, text: string): TextDocumentContentChangeEvent =>
  ({ range: { start: at(line, character), end: at(line, character) }, text });

/**
 * A realistic tactic with one influence value broken: a schema error every server must report on
 * that line. Small, so it adds nothing noticeable to the peak RSS of the run it proves.
 */
function schemaErrorDocument(): { text: string; line: number } {
  const text = generateTactic(REALISTIC_SHAPE, 1);
  const line = findTarget(text).influenceLine;
  const lines = text.split('\n');
  lines[line] = '    influence: enormous';
  return { text: lines.join('\n'), line };
}

function countItems(result: CompletionList | CompletionItem[] | null): number {
  if (!result) return 0;
  return Array.isArray(result) ? result.length : result.items.length;
}

export async function benchServer(spec: ServerSpec, doc: BenchDocument, o: ServerBenchOptions): Promise<ServerSamples> {
  const s: ServerSamples = {
    startMs: [], openMs: [], editMs: [], idleEditMs: [], completionMs: [], hoverMs: [], pendingCompletionMs: [], rssMb: [],
    completion: false, hover: false,
  };
  const base = findTarget(doc.text);
  const check = schemaErrorDocument();
  const slug = doc.name.replace(/\W+/g, '-');
  const uri = pathToFileURL(join(o.dir, `${slug}.tactic.yaml`)).href;
  const checkUri = pathToFileURL(join(o.dir, 'schema-error.tactic.yaml')).href;
  // Unversioned diagnostics (yaml-language-server) are matched by content instead.
  const isFinal = (version: number, clean: (p: Published) => boolean) => (p: Published) =>
    p.version === undefined ? clean(p) : p.version === version;

  for (let rep = 0; rep < o.reps; rep++) {
    const { session, startMs } = await LspSession.start(spec);
    try {
      s.startMs.push(startMs);
      s.completion = !!session.capabilities.completionProvider;
      s.hover = !!session.capabilities.hoverProvider;
      const t = { ...base };

      // Proof of validation: the broken influence value must be reported on its line.
      const checkSent = await session.open(checkUri, check.text);
      await session.diagnostics(checkUri, checkSent, (p) => p.diagnostics.some((d) => d.range.start.line === check.line), 30_000)
        .catch((e: Error) => {
          throw new Error(`${spec.name} did not report the known schema error, so it is not validating with the tactic schema. ${e.message}`);
        });
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: checkUri } });

      let version = 1;
      const opened = await session.open(uri, doc.text, version);
      const first = await session.diagnostics(uri, opened, (p) => p.version === undefined || p.version === version);
      s.openMs.push(first.at - opened);
      s.openDiagnostics = first.diagnostics.length;

      const noErrorOnInfluence = (p: Published) => !p.diagnostics.some((d) => d.range.start.line === t.influenceLine);
      let burstCount = 0;
      /** Milliseconds from the last of 20 edits to the diagnostics of the final version. */
      const burst = async (): Promise<number> => {
        // Delete the last letter of the influence value (a schema error), type 18 letters at the end
        // of the title, then put the letter back: only the final version is clean again.
        const b = burstCount++;
        const end = t.influenceText.length;
        const edits: TextDocumentContentChangeEvent[] = [{ range: { start: at(t.influenceLine, end - 1), end: at(t.influenceLine, end) }, text: '' }];
        for (let k = 0; k < 18; k++) edits.push(insert(t.titleLine, t.titleLength + k, TYPED[(b * 18 + k) % TYPED.length]));
        edits.push(insert(t.influenceLine, end - 1, t.influenceText[end - 1]));
        let lastSent = 0;
        for (const e of edits) lastSent = await session.change(uri, ++version, [e]);
        t.titleLength += 18;
        const final = await session.diagnostics(uri, lastSent, isFinal(version, noErrorOnInfluence));
        return final.at - lastSent;
      };
      // Right after the open (the worst case: nothing had time to warm up), then after a pause.
      for (let b = 0; b < o.bursts; b++) s.editMs.push(await burst());
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      s.idleEditMs.push(await burst());

      const completionParams = { textDocument: { uri }, position: at(t.roleLine, t.roleLength), context: { triggerKind: 1 } };
      if (s.completion) {
        for (let i = 0; i < o.completions; i++) {
          const { ms, result } = await session.timed<CompletionList | CompletionItem[] | null>('textDocument/completion', completionParams);
          s.completionMs.push(ms);
          s.completionItems = countItems(result);
        }
      }
      if (s.hover) {
        for (let i = 0; i < o.hovers; i++) {
          const { ms, result } = await session.timed<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(t.titleLine, 5) });
          s.hoverMs.push(ms);
          s.hoverFound = !!result;
        }
      }
      if (s.completion) {
        for (let i = 0; i < o.pending; i++) {
          const sent = await session.change(uri, ++version, [insert(t.titleLine, t.titleLength++, 'z')]);
          const { ms } = await session.timed<unknown>('textDocument/completion', completionParams);
          s.pendingCompletionMs.push(ms);
          await session.diagnostics(uri, sent, (p) => p.version === undefined || p.version === version);
        }
      }
      const rss = session.peakRssMb();
      if (rss !== undefined) s.rssMb.push(rss);
    } finally {
      await session.stop();
    }
  }
  return s;
}
