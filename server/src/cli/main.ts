/** `tactic`: dispatches a command; returns the exit code (0 clean, 1 findings, 2 usage or I/O). */
import * as l10n from '@vscode/l10n';
import { createTacticService, plural, type TacticService } from '../service';
import { parseArgs, UsageError } from './args';
import { discover, type DiscoveryProblem } from './discover';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { runExport } from './export';
import { runGraph } from './graph';
import { formatReportMarkdown, formatReportTable, ReportJsonWriter, type ReportFormat, type TacticReport } from './report';
import { helpFor } from './help';
import { runInit } from './init';
import type { Io } from './io';
import { countFindings, errorsOnly, RunIssue } from './lint';
import { useRunLanguage } from './locale';
import { threadCount, threadsWanted } from './parallelism';
import { collectTactics, runTactics, type Parallelism } from './tasks';

declare const __VERSION__: string | undefined;
export const CLI_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let command;
  let threads: number | undefined;
  try {
    command = parseArgs(useRunLanguage(argv, io.env ?? {}));
    // Only the commands that check many files read it, so a bad value never breaks `help` or `init`.
    if (command.kind === 'lint' || command.kind === 'report') threads = threadsWanted(io.env ?? {});
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tactic: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const service = createTacticService({ now: io.now, incremental: false });
  switch (command.kind) {
    case 'help': {
      const text = helpFor(command.topic);
      if (!text) {
        io.stderr(`tactic: ${l10n.t('no help for `{0}`. Commands: {1}.', command.topic ?? '', 'lint, report, graph, export, init')}\n`);
        return 2;
      }
      io.stdout(text);
      return 0;
    }
    case 'version':
      io.stdout(`${CLI_VERSION}\n`);
      return 0;
    case 'init':
      return runInit(command.file, io);
    case 'graph':
      return runGraph(command.file, command.view, command.markdown, { showActions: command.actions, showObjections: command.objections }, service, io);
    case 'export':
      return runExport(command.file, command.format, command.out, service, io);
    case 'report':
      return runReport(command.patterns, command.format, threads, service, io);
    case 'lint': {
      const found = discover(command.patterns, io.cwd);
      const checked = await collectTactics('lint', found.files, io.cwd, service, parallelism(found.files.length, threads, io));
      const run = { files: checked.values, issues: checked.issues };
      const issues: RunIssue[] = [...found.problems.map(discoveryIssue), ...run.issues];
      const files = command.quiet ? errorsOnly(run.files) : run.files;
      for (const i of issues) printIssue(io, i);

      if (command.format === 'json') io.stdout(formatJson(files, issues, CLI_VERSION));
      else if (command.format === 'sarif') io.stdout(formatSarif(files, issues, service.rules, CLI_VERSION, io.cwd));
      else io.stdout(formatStylish(files, command.color ?? (io.isTty && !process.env.NO_COLOR)));

      const counts = countFindings(files);
      if (issues.length) return 2;
      if (counts.errors) return 1;
      if (command.maxWarnings !== undefined && counts.warnings > command.maxWarnings) {
        io.stderr(`tactic: ${tooManyWarnings(counts.warnings, command.maxWarnings)}\n`);
        return 1;
      }
      return 0;
    }
  }
}

/**
 * `tactic report`. The JSON goes out a tactic at a time as the files are checked, at the pace
 * stdout takes it; the table and the Markdown wait for every file, to sort them.
 */
async function runReport(patterns: readonly string[], format: ReportFormat, threads: number | undefined, service: TacticService, io: Io): Promise<number> {
  const found = discover(patterns, io.cwd);
  const problems = found.problems.map(discoveryIssue);
  for (const i of problems) printIssue(io, i);
  // With JSON, the run's issues wait for the end: a tactic's line is written in two parts, and
  // with `2>&1` an issue would land inside it.
  const json = format === 'json' ? new ReportJsonWriter((text) => io.stdout(text)) : undefined;
  const held: RunIssue[] = [];
  const sorted: TacticReport[] = [];
  let issueCount = problems.length;
  let errors = false;
  await runTactics('report', found.files, io.cwd, service, parallelism(found.files.length, threads, io), {
    value: (t) => {
      errors ||= t.problems.error > 0;
      if (json) json.add(t);
      else sorted.push(t);
    },
    issue: (i) => {
      issueCount++;
      if (json) held.push(i);
      else printIssue(io, i);
    },
    ready: () => io.stdoutBackpressure?.(),
  });
  if (json) json.end();
  else io.stdout(format === 'markdown' ? formatReportMarkdown(sorted) : formatReportTable(sorted));
  for (const i of held) printIssue(io, i);
  return issueCount ? 2 : errors ? 1 : 0;
}

/** A path or glob of the command line that named nothing lintable, as a run issue. */
function discoveryIssue(p: DiscoveryProblem): RunIssue {
  return { kind: 'file', message: p.message, file: p.path };
}

/** Threads checking a run of `files` files; this one only without a worker script (in-process callers). */
function parallelism(files: number, wanted: number | undefined, io: Io): Parallelism {
  return io.workerScript ? { threads: threadCount(files, wanted), script: io.workerScript } : { threads: 0 };
}

/** One line of stderr per run issue, as every checking command prints it. */
function printIssue(io: Io, i: RunIssue): void {
  io.stderr(`tactic: ${describeIssue(i)}\n`);
}

function describeIssue(i: RunIssue): string {
  if (i.kind === 'config' && i.file) {
    const at = i.range ? `:${i.range.start.line + 1}:${i.range.start.character + 1}` : '';
    return `${l10n.t('invalid configuration {0}: {1}', `${i.file}${at}`, i.message)}${i.code ? ` [${i.code}]` : ''}`;
  }
  return i.message;
}

/** `--max-warnings` exceeded (the count is never below 1 here). */
function tooManyWarnings(count: number, max: number): string {
  return plural(count, {
    one: () => l10n.t({ message: '{0} warning, more than the {1} allowed by --max-warnings.', args: [count, max], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} warnings, more than the {1} allowed by --max-warnings.', args: [count, max], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} warnings, more than the {1} allowed by --max-warnings.', args: [count, max], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} warnings, more than the {1} allowed by --max-warnings.', args: [count, max], comment: ['plural: other'] }),
  });
}
