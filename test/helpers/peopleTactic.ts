/**
 * Tactics with people, for the account-map and approval-chains tests: written as plain objects,
 * turned into YAML with `yaml`'s stringify (so any text round-trips), and the checks every view
 * shares: node ids and source ranges, and what the text at a range says.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { MERMAID_NODE_ID } from '../../server/src/service';
import type { Diagram, DiagramNode } from '../../server/src/service';
import { LineIndex } from '../../server/src/service/parsing/text';
import type { Range } from '../../server/src/service/types';

export interface PersonSpec {
  id?: string;
  title?: string;
  name?: string;
  role?: string;
  influence?: string;
  attitude?: string;
  reports_to?: string;
}
export interface GatekeeperSpec { technique?: string; for?: string[] }
export interface ActionSpec { action?: string; stage?: string; for?: string[]; by?: string }
export type StepSpec = string | string[] | { body: string; members?: string[] };
export interface ChainSpec { id?: string; name?: string; when?: string; stage?: string; steps?: StepSpec[] }
export interface StageSpec { id: string; name?: string; next?: string[]; outcome?: 'won' | 'lost' }

export interface TacticSpec {
  decision_makers?: PersonSpec[];
  gatekeepers?: GatekeeperSpec[];
  advancement_actions?: ActionSpec[];
  approval_chains?: ChainSpec[];
  stages?: StageSpec[];
}

/** The YAML text of a tactic with these blocks (absent blocks are left out). */
export function tacticYaml(spec: TacticSpec): string {
  const doc: Record<string, unknown> = { tactic: 'Test' };
  for (const key of ['decision_makers', 'gatekeepers', 'advancement_actions', 'approval_chains'] as const) {
    if (spec[key]) doc[key] = spec[key];
  }
  if (spec.stages) doc.sales_cycle = { stages: spec.stages };
  return stringify(doc);
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The value of the YAML scalar a range covers (quotes and escapes resolved). */
export function valueAt(text: string, range: Range): unknown {
  return parse(textAt(text, range));
}

const inside = (lines: LineIndex, r: Range) => [r.start, r.end].every((p) => Number.isInteger(p.line) && Number.isInteger(p.character)
  && p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line))
  && lines.offsetAt(r.start) <= lines.offsetAt(r.end);

/**
 * What the preview needs of every node: a generated id of the shape the webview accepts, unique,
 * and a range and selection range inside the text (click → select, cursor → outline), the
 * selection inside the range.
 */
export function assertNodesMapToText(text: string, d: Diagram): void {
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  for (const n of d.nodes) {
    assert.match(n.mermaidId, MERMAID_NODE_ID);
    assert.ok(!seen.has(n.mermaidId), `${n.mermaidId} is used twice`);
    seen.add(n.mermaidId);
    assert.ok(n.range && inside(lines, n.range), `${n.mermaidId} (${n.kind}) has a range inside the text: ${JSON.stringify(n.range)}`);
    assert.ok(n.selectionRange && inside(lines, n.selectionRange), `${n.mermaidId} (${n.kind}) has a selection range inside the text`);
    const [r, s] = [n.range, n.selectionRange].map((x) => [lines.offsetAt(x.start), lines.offsetAt(x.end)]);
    assert.ok(r[0] <= s[0] && s[1] <= r[1], `${n.mermaidId}: the selection lies inside the entry`);
  }
}

/** Nodes of some kinds, in the order the generator lists them. */
export const nodesOf = (d: Diagram, ...kinds: string[]): DiagramNode[] => d.nodes.filter((n) => kinds.includes(n.kind));

/** Text as rendered: without the invisible joiner between Mermaid's marker pairs, line ends as LF. */
export const shown = (t: string) => t.replace(/\u2060/g, '');
export const asRendered = (t: string) => t.replace(/\r\n?/g, '\n');

/** Roles and attitudes as a reader finds them in a label: the value's words. */
export const roleWords = (role: string) => role.replace(/_/g, ' ');

/** Pieces of hostile labels (markup, Mermaid syntax, entities, odd Unicode), plus a view's own `extra`. */
const HOSTILE_TOKENS = ['"', "'", '<', '>', '&', '#', ';', '%%', '{', '}', '[', ']', '(', ')', '|', '`', '-->', '---', '\\', '/',
  ':', 'end', '<br>', '<br/>', '&amp;', '#quot;', '#35;', 'fa:fa-car', '**', '_', '~', '\n', ' ', '\t', '\uFB02', '\u00B0', '\u00B6', '\u00DF', '\u0103', '\u4F1A', '\u{1F600}',
  'x', '=', '@', '!', ',', '.', '?', '+', '*', '-', '==>', '-.->', '$$', ':#f00;', '\u202e', '\u2028'];

/** A non-blank label of up to ten hostile pieces (fast-check). */
export function hostileLabel(extra: readonly string[]): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...HOSTILE_TOKENS, ...extra), minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');
}
