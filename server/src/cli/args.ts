/** Command-line parsing for `tactic`: a command, its options and operands; errors are usage errors. */
import * as l10n from '@vscode/l10n';
import { DIAGRAM_KINDS, DiagramKind, isDiagramKind, isPlaybookFormat, PLAYBOOK_FORMATS, PlaybookFormat } from '../service';
import { formatForOutput } from './export';
import { REPORT_FORMATS, ReportFormat } from './report';

export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export type Command =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | { kind: 'lint'; patterns: string[]; format: Format; maxWarnings: number | undefined; quiet: boolean; color: boolean | undefined }
  | { kind: 'graph'; file: string; view: DiagramKind; markdown: boolean; actions: boolean; objections: boolean }
  | { kind: 'init'; file: string | undefined }
  | { kind: 'report'; patterns: string[]; format: ReportFormat }
  | { kind: 'export'; file: string; format: PlaybookFormat; out: string | undefined };

export class UsageError extends Error {}

export const COMMAND_NAMES = ['lint', 'report', 'graph', 'export', 'init'] as const;

interface Spec {
  /** Options that take a value. */
  values: string[];
  /** Options without a value. */
  flags: string[];
}

const SPECS: Record<string, Spec> = {
  lint: { values: ['--format', '--max-warnings'], flags: ['--quiet', '--color', '--no-color'] },
  graph: { values: ['--view'], flags: ['--markdown', '--actions', '--objections'] },
  init: { values: [], flags: [] },
  report: { values: ['--format'], flags: [] },
  export: { values: ['--format', '-o', '--output'], flags: [] },
};

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError(l10n.t('no command given. Try `tactic lint`, or `tactic --help`.'));
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', topic: rest.find((a) => !a.startsWith('-')) };
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(l10n.t('unknown option `{0}` before the command. Try `tactic --help`.', first));
  const spec = SPECS[first];
  if (!spec) {
    throw new UsageError(l10n.t('unknown command `{0}`. Commands: {1} (see `tactic --help`).', first, COMMAND_NAMES.join(', ')));
  }

  const options = new Map<string, string>();
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      operands.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help', topic: first };
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(l10n.t('`{0}` needs a value.', name));
      options.set(name, value);
    } else if (spec.flags.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      const known = [...spec.values, ...spec.flags];
      throw new UsageError(known.length
        ? l10n.t('unknown option `{0}` for `tactic {1}`. Options: {2}.', arg, first, known.join(', '))
        : l10n.t('unknown option `{0}` for `tactic {1}`.', arg, first));
    }
  }

  switch (first) {
    case 'lint': {
      const format = (options.get('--format') ?? 'stylish') as Format;
      if (!FORMATS.includes(format)) throw new UsageError(l10n.t('`--format {0}` is not a format. Formats: {1}.', format, FORMATS.join(', ')));
      const max = options.get('--max-warnings');
      let maxWarnings: number | undefined;
      if (max !== undefined) {
        if (!/^\d+$/.test(max)) throw new UsageError(l10n.t('`--max-warnings` needs a whole number of warnings (0 or more), not `{0}`.', max));
        maxWarnings = Number(max);
      }
      const color = flags.has('--no-color') ? false : flags.has('--color') ? true : undefined;
      return { kind: 'lint', patterns: operands, format, maxWarnings, quiet: flags.has('--quiet'), color };
    }
    case 'graph': {
      if (operands.length !== 1) throw new UsageError(operands.length ? l10n.t('`tactic graph` draws one file at a time.') : l10n.t('`tactic graph` needs a tactic file, e.g. `tactic graph deal.tactic.yaml`.'));
      const view = options.get('--view') ?? 'cycle';
      if (!isDiagramKind(view)) throw new UsageError(l10n.t('`--view {0}` is not a view. Views: {1}.', view, DIAGRAM_KINDS.join(', ')));
      return { kind: 'graph', file: operands[0], view, markdown: flags.has('--markdown'), actions: flags.has('--actions'), objections: flags.has('--objections') };
    }
    case 'report': {
      const format = (options.get('--format') ?? 'table') as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) throw new UsageError(l10n.t('`--format {0}` is not a report format. Formats: {1}.', format, REPORT_FORMATS.join(', ')));
      return { kind: 'report', patterns: operands, format };
    }
    case 'export': {
      if (operands.length !== 1) throw new UsageError(operands.length ? l10n.t('`tactic export` exports one file at a time.') : l10n.t('`tactic export` needs a tactic file, e.g. `tactic export deal.tactic.yaml -o deal.html`.'));
      const out = options.get('-o') ?? options.get('--output');
      const format = options.get('--format') ?? formatForOutput(out);
      if (!isPlaybookFormat(format)) throw new UsageError(l10n.t('`--format {0}` is not a playbook format. Formats: {1}.', format, PLAYBOOK_FORMATS.join(', ')));
      return { kind: 'export', file: operands[0], format, out };
    }
    default: {
      if (operands.length > 1) throw new UsageError(l10n.t('`tactic init` creates one file at a time.'));
      return { kind: 'init', file: operands[0] };
    }
  }
}
