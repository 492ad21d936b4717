/**
 * Quick fixes and rename never corrupt a document. Over every tactic in the repository (the
 * examples and all test fixtures, hostile ones included, also in CRLF), each quick fix and the
 * fix-all action, and a rename of every defined id, is applied with an edit applier written here
 * (not the service's), and the result re-parsed: edits stay inside the document and do not
 * overlap, no YAML error and no schema error appears that was not there, every comment is kept
 * (unless the edit removed the line it was on), and a quick fix removes the finding it was for.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { ROOT, service } from '../helpers/service';

function tacticFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : tacticFiles(p);
    return /\.tactic\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

const FILES = [...tacticFiles(join(ROOT, 'examples')), ...tacticFiles(join(ROOT, 'test', 'fixtures'))]
  .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
  .filter((f) => f.text.length < 200_000 && !f.text.includes('\0'));

/** LSP position → offset, counting \r\n, \r and \n as line breaks. */
function offsetOf(text: string, p: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    const n = text.slice(i).search(/\r\n|\r|\n/);
    if (n < 0) throw new Error(`line ${p.line} is past the end (${line} lines)`);
    i += n + (text.startsWith('\r\n', i + n) ? 2 : 1);
    line++;
  }
  const eol = text.slice(i).search(/\r\n|\r|\n|$/);
  if (p.character > eol) throw new Error(`character ${p.character} is past the end of line ${p.line} (${eol})`);
  return i + p.character;
}

/** Applies LSP text edits; throws on ranges outside the text or overlapping edits. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].end < spans[i].start) throw new Error(`edit ends before it starts: ${JSON.stringify(spans[i])}`);
    if (i > 0 && spans[i].start < spans[i - 1].end) throw new Error(`edits overlap: ${JSON.stringify([spans[i - 1], spans[i]])}`);
  }
  let out = text;
  for (const s of [...spans].reverse()) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

const count = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;
const comments = (text: string) => text.split(/\r\n|\r|\n/).map((l) => /(^|\s)(#.*)$/.exec(l)?.[2]).filter((c): c is string => !!c);
const overlaps = (r: Range, line: number) => r.start.line <= line && line <= r.end.line;

/** What must hold after `edits` were applied to `before`; returns the problems. */
function damage(label: string, before: string, edits: readonly TextEdit[]): { after?: string; problems: string[] } {
  let after: string;
  try {
    after = apply(before, edits);
  } catch (e) {
    return { problems: [`${label}: ${(e as Error).message}`] };
  }
  const problems: string[] = [];
  const was = service.validate(before);
  const now = service.validate(after);
  for (const code of ['yaml-syntax', 'schema']) {
    if (count(now, code) > count(was, code)) {
      problems.push(`${label}: new ${code} finding: ${now.filter((d) => d.code === code).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).slice(0, 3).join(' | ')}`);
    }
  }
  // Comments survive, except on lines an edit replaced.
  const touched = (line: number) => edits.some((e) => overlaps(e.range, line));
  const kept = new Set(comments(after));
  before.split(/\r\n|\r|\n/).forEach((l, line) => {
    const c = /(^|\s)(#.*)$/.exec(l)?.[2];
    if (c && !touched(line) && !kept.has(c)) problems.push(`${label}: comment lost: ${c}`);
  });
  return { after, problems };
}

describe('quick fixes and rename never corrupt a document', () => {
  it(`covers a real fixture set (${FILES.length} files)`, () => {
    assert.ok(FILES.length >= 40, FILES.map((f) => f.name).join());
  });

  it('every quick fix and fix-all, in LF and CRLF', () => {
    const problems: string[] = [];
    let applied = 0;
    for (const f of FILES) {
      for (const [eol, text] of [['LF', f.text], ['CRLF', f.text.replace(/\r?\n/g, '\r\n')]] as const) {
        const parsed = service.parse(text);
        const diagnostics = service.validate(parsed);
        for (const action of service.codeActions(parsed, diagnostics)) {
          const broken = diagnostics.some((d) => d.code === 'yaml-syntax') ? ' [has YAML errors]' : '';
          const label = `${f.name} (${eol})${broken} "${action.title}"`;
          const { after, problems: p } = damage(label, text, action.edits);
          problems.push(...p);
          applied++;
          if (after !== undefined && action.kind === 'quickfix' && action.diagnostics?.length === 1) {
            const fixed = action.diagnostics[0];
            const same = (ds: Diagnostic[]) => ds.filter((d) => d.code === fixed.code && d.message === fixed.message).length;
            if (same(service.validate(after)) >= same(diagnostics)) problems.push(`${label}: the ${fixed.code} finding is still there`);
          }
          if (after !== undefined && eol === 'CRLF' && /(^|[^\r])\n/.test(after)) problems.push(`${label}: wrote a bare LF into a CRLF document`);
        }
      }
    }
    assert.ok(applied > 50, `only ${applied} fixes were offered`);
    assert.deepEqual(problems, []);
  });

  it('renaming every defined id', () => {
    const problems: string[] = [];
    let renamed = 0;
    for (const f of FILES) {
      const parsed = service.parse(f.text);
      for (const def of parsed.model.definitions) {
        const at = parsed.doc.lines.positionAt(def.node.range![0] + 1);
        const result = service.rename(parsed, at, 'renamed_id-2');
        if ('error' in result) continue;
        const label = `${f.name}: rename ${def.kind} ${def.id}`;
        const { after, problems: p } = damage(label, f.text, result.edits);
        problems.push(...p);
        if (after === undefined) continue;
        renamed++;
        const was = service.validate(f.text);
        const now = service.validate(after);
        if (count(now, 'unknown-reference') > count(was, 'unknown-reference')) problems.push(`${label}: a reference was missed`);
        if (!service.parse(after).model.definitions.some((d) => d.kind === def.kind && d.id === 'renamed_id-2')) problems.push(`${label}: the new id is not defined`);
      }
    }
    assert.ok(renamed > 20, `only ${renamed} renames`);
    assert.deepEqual(problems, []);
  });
});
