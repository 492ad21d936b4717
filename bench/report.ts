/** The bench results as terminal tables, each budget beside its figure with pass / MISS / n/a. */
import type { BudgetCheck } from './budgetCheck';
import type { BenchResults, ServerFigures } from './results';
import { Cell, fmtMb, fmtMs, fmtRatio, renderTable, Table } from './table';

type Metric = 'startMs' | 'openMs' | 'editMs' | 'idleEditMs' | 'completionMs' | 'hoverMs' | 'pendingCompletionMs' | 'rssMb';

const SERVER_ROWS: Array<{ metric: Metric; key: string; label: string; floor?: boolean }> = [
  { metric: 'startMs', key: 'start', label: 'cold start → initialize' },
  { metric: 'openMs', key: 'open', label: 'didOpen → diagnostics', floor: true },
  { metric: 'editMs', key: 'edit', label: '20 edits → final diagnostics', floor: true },
  { metric: 'idleEditMs', key: 'idleEdit', label: '… the same, 1 s after open', floor: true },
  { metric: 'completionMs', key: 'completion', label: 'completion' },
  { metric: 'hoverMs', key: 'hover', label: 'hover' },
  { metric: 'pendingCompletionMs', key: 'pendingCompletion', label: 'completion, validation pending' },
  { metric: 'rssMb', key: 'rss', label: 'peak RSS' },
];

const status = (b: BudgetCheck) => (b.pass === undefined ? 'n/a' : b.pass ? 'pass' : 'MISS');

/** Appends a row with its budgets: the first beside the figures, any others on lines below. */
function withBudgets(rows: Cell[][], cells: Cell[], budgets: BudgetCheck[]): void {
  if (!budgets.length) {
    rows.push([...cells, '', '']);
    return;
  }
  budgets.forEach((b, i) => rows.push([...(i === 0 ? cells : cells.map(() => '')), b.text, status(b)]));
}

function serverTable(r: BenchResults, budgets: BudgetCheck[]): Table {
  const rows: Cell[][] = [];
  const notes: string[] = [];
  for (const s of r.servers) {
    const value = (f: ServerFigures | undefined, m: Metric) => (f ? f[m] : undefined);
    for (const { metric, key, label, floor } of SERVER_ROWS) {
      const ours = value(s.tactic, metric);
      const theirs = value(s.yaml, metric);
      const fmt = metric === 'rssMb' ? fmtMb : fmtMs;
      withBudgets(rows, [
        `${s.doc} (${s.lines})`, label, fmt(ours), fmt(theirs), fmtRatio(ours, theirs),
        floor ? fmtMs(s.floor?.totalMs) : '',
      ], budgets.filter((b) => b.row === `${s.doc}/${key}`));
    }
    if (s.floor) {
      notes.push(`${s.doc}: floor ${fmtMs(s.floor.totalMs)} = yaml parse + toJS ${fmtMs(s.floor.parseMs)} + ajv ${fmtMs(s.floor.validateMs)} (each timed alone)`);
    }
    const t = s.tactic?.samples;
    if (t && (!t.completion || !t.hover)) {
      notes.push(`${s.doc}: the tactic server does not advertise ${[!t.completion && 'completion', !t.hover && 'hover'].filter(Boolean).join(' or ')} yet (n/a)`);
    }
    for (const [name, f] of [['tactic', s.tactic], ['yaml-ls', s.yaml]] as const) {
      if (f?.samples.completion && !f.samples.completionItems) notes.push(`${s.doc}: ${name} answered completion with no items`);
      if (f?.samples.hover && !f.samples.hoverFound) notes.push(`${s.doc}: ${name} answered hover with nothing`);
      if (f?.samples.openDiagnostics) notes.push(`${s.doc}: ${name} reported ${f.samples.openDiagnostics} diagnostics on the clean document`);
    }
    notes.push(...s.notes.map((n) => `${s.doc}: ${n}`));
  }
  return {
    title: 'Language server over stdio (medians; ratio = yaml-language-server ÷ tactic, higher is better for tactic)',
    head: ['document (lines)', 'measure', 'tactic', 'yaml-ls', 'ratio', 'floor', 'budget', 'status'],
    numeric: [false, false, true, true, true, true, false, false],
    rows,
    notes,
  };
}

function parseTable(r: BenchResults): Table | undefined {
  if (!r.parse) return undefined;
  const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : fmtMs(x));
  return {
    title: 'Parse alone, in-process, warm (median)',
    head: ['document (lines)', 'yaml parseDocument', 'fast reader', 'ratio', 'service.parse', 'service.parse, yaml only'],
    numeric: [false, true, true, true, true, true],
    rows: r.parse.map((p) => [`${p.doc} (${p.lines})`, ms(p.yamlMs), ms(p.fastMs), fmtRatio(p.fastMs, p.yamlMs), ms(p.serviceMs), ms(p.serviceYamlOnlyMs)]),
    notes: ['service.parse of a new text: guards, chunks from 4 KB (each read by the fast reader, or by yaml when switched off), the plain value'],
  };
}

function readinessTable(r: BenchResults, budgets: BudgetCheck[]): Table | undefined {
  const x = r.readiness;
  if (!x) return undefined;
  const rows: Cell[][] = [];
  rows.push(['service.parse(text)', fmtMs(x.parseMs), '', '']);
  rows.push(['service.validate(parsed)', fmtMs(x.validateMs), '', '']);
  withBudgets(rows, ['service.readiness(parsed), after that validation', fmtMs(x.readinessMs)], budgets.filter((b) => b.row === 'readiness/realistic'));
  return {
    title: `Readiness of the ${x.doc} tactic (${x.lines} lines), in-process, warm (median)`,
    head: ['call', 'time', 'budget', 'status'],
    numeric: [false, true, false, false],
    rows,
    notes: [`the service from its sources (as the floor); a fresh parse each repetition; score ${x.score}% of ${x.items} items`],
  };
}

function lintTable(r: BenchResults, budgets: BudgetCheck[]): Table | undefined {
  const l = r.lint;
  if (!l) return undefined;
  const perSec = (x?: number) => (x === undefined ? 'n/a' : `${x.toFixed(0)}/s`);
  const rows: Cell[][] = [];
  withBudgets(rows, ['tactic lint --format json', fmtMs(l.tacticMs), perSec(l.tacticFilesPerSec), '', l.tacticNote ?? `parse, schema and every lint rule${l.threads && l.threads > 1 ? `, on ${l.threads} threads` : ', on one thread'}`],
    budgets.filter((b) => b.row === 'lint/ajv'));
  const reportRatio = l.reportMs === undefined || l.tacticMs === undefined ? '' : `${(l.reportMs / l.tacticMs).toFixed(2)}× lint time`;
  withBudgets(rows, ['tactic report --format json', fmtMs(l.reportMs), perSec(l.reportFilesPerSec), reportRatio, l.reportNote ?? 'the same, plus readiness and its JSON'],
    budgets.filter((b) => b.row === 'lint/report'));
  rows.push(['ajv-cli validate', fmtMs(l.ajvMs), perSec(l.ajvFilesPerSec), fmtRatio(l.ajvFilesPerSec, l.tacticFilesPerSec), l.ajvNote ?? '', '', '']);
  return {
    title: `Linting a workspace of ${l.files} realistic tactics (whole command, wall clock, median)`,
    head: ['tool', 'time', 'files/s', 'ratio', 'note', 'budget', 'status'],
    numeric: [false, true, true, true, false, false, false],
    rows,
    notes: ['ratio = tactic files/s ÷ ajv-cli files/s; tactic lint, tactic report and ajv-cli run in turn, round after round'],
  };
}

function exportTable(r: BenchResults, budgets: BudgetCheck[]): Table | undefined {
  const x = r.export;
  if (!x) return undefined;
  const kb = (b?: number) => (b === undefined ? 'n/a' : `${(b / 1024).toFixed(0)} KB`);
  const rows: Cell[][] = [];
  withBudgets(rows, ['tactic export -o playbook.html', fmtMs(x.htmlMs), kb(x.htmlBytes)], budgets.filter((b) => b.row === 'export/html'));
  rows.push(['tactic export -o playbook.md', fmtMs(x.markdownMs), kb(x.markdownBytes), '', '']);
  rows.push(['open the HTML → both diagrams drawn (Mermaid inside the file)', fmtMs(x.openDrawnMs), '', '', '']);
  rows.push(['pre-rendering instead: launch Chromium, draw, take the SVG, close', fmtMs(x.prerenderMs), '', '', '']);
  return {
    title: `Playbook export of the ${x.doc} tactic (${x.lines} lines; whole command, wall clock, median)`,
    head: ['measure', 'time', 'size', 'budget', 'status'],
    numeric: [false, true, true, false, false],
    rows,
    notes: ['pre-rendering would add its time to every export and need Chromium wherever `tactic export` runs; the file draws its own diagrams instead', ...(x.note ? [x.note] : [])],
  };
}

function previewTable(r: BenchResults, budgets: BudgetCheck[]): Table | undefined {
  const p = r.preview;
  if (!p) return undefined;
  const rows: Cell[][] = [];
  for (const stages of [10, 50, 200]) {
    const c = p.cycles.find((x) => x.stages === stages);
    withBudgets(rows, [`cycle, ${stages} stages`, fmtMs(c?.redrawMs), fmtMs(c?.renderedMs)], budgets.filter((b) => b.row === `preview/${stages}`));
  }
  for (const [kind, size, label] of [['map', 50, 'account map, 50 people'], ['chains', 10, 'approval chains, 10']] as const) {
    const v = p.views?.find((x) => x.kind === kind && x.size === size);
    withBudgets(rows, [label, fmtMs(v?.redrawMs), fmtMs(v?.renderedMs)], budgets.filter((b) => b.row === `preview/${kind}${size}`));
  }
  return {
    title: 'Preview in headless Chromium (a one-word edit: a stage, a title or a chain renamed; median)',
    head: ['diagram', 'update → redrawn SVG', 'update → rendered msg', 'budget', 'status'],
    numeric: [false, true, true, false, false],
    rows,
    notes: p.note ? [p.note] : [],
  };
}

function extensionTable(r: BenchResults, budgets: BudgetCheck[]): Table | undefined {
  const e = r.extension;
  if (!e) return undefined;
  const rows: Cell[][] = [];
  rows.push(['.vsix size', e.vsixBytes === undefined ? 'n/a' : `${(e.vsixBytes / 1024).toFixed(0)} KB`, '', '']);
  rows.push(['client bundle require()', fmtMs(e.loadMs), '', '']);
  rows.push(['activate()', fmtMs(e.activateMs), '', '']);
  withBudgets(rows, ['require() + activate()', fmtMs(e.loadAndActivateMs)], budgets.filter((b) => b.row === 'extension/activate'));
  rows.push(['activate() → client running', fmtMs(e.readyMs), '', '']);
  withBudgets(rows, ['activation in a real VS Code (Show Running Extensions)', fmtMs(e.hostActivationMs)], budgets.filter((b) => b.row === 'extension/host'));
  const events = e.activationEvents ?? [];
  const eager = events.filter((x) => x === '*' || x === 'onStartupFinished' || x.startsWith('workspaceContains'));
  rows.push(['activation events', events.join(', '), 'no cost to non-tactic workspaces', eager.length ? 'MISS' : 'pass']);
  const notes = ['fresh Node process per run; `vscode` stubbed, the server process replaced by an in-process fake that answers initialize at once'];
  if (e.serverStarted === false) notes.push('activate() did not start the language client (deferred start)');
  if (e.hostActivationSamples?.length) notes.push(`real VS Code: code-server with the .vsix, a tactic opened once the workbench settled; samples ${e.hostActivationSamples.map((x) => `${x} ms`).join(', ')}`);
  if (e.hostNote) notes.push(e.hostNote);
  if (e.note) notes.push(e.note);
  return { title: 'Packaged extension (median)', head: ['measure', 'value', 'budget', 'status'], numeric: [false, true, false, false], rows, notes };
}

export function printReport(r: BenchResults, notes: string[]): void {
  const budgets = r.budgets ?? [];
  const out: string[] = [];
  out.push(`Sales Tactics bench — ${r.date} — Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}${r.quick ? ' — QUICK (fewer repetitions)' : ''}`);
  for (const n of notes) out.push(`  note: ${n}`);
  if (r.servers.length) {
    out.push('', renderTable({
      title: 'Documents (generated, seeded)',
      head: ['document', 'lines', 'size'],
      numeric: [false, true, true],
      rows: r.servers.map((s) => [s.doc, s.lines, `${(s.bytes / 1024).toFixed(0)} KB`]),
    }));
    out.push('', renderTable(serverTable(r, budgets)));
  }
  for (const t of [parseTable(r), readinessTable(r, budgets), lintTable(r, budgets), exportTable(r, budgets), previewTable(r, budgets), extensionTable(r, budgets)]) if (t) out.push('', renderTable(t));
  const count = (p: boolean | undefined) => budgets.filter((b) => b.pass === p).length;
  out.push('', `Budgets: ${count(true)} pass, ${count(false)} miss, ${count(undefined)} n/a${r.durationSec ? ` — run took ${r.durationSec.toFixed(0)} s` : ''}`);
  process.stdout.write(out.join('\n') + '\n');
}
