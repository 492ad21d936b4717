/** `tactic --help` and the help of each command, in the run's language (command and option names stay as typed). */
import * as l10n from '@vscode/l10n';
import { DIAGRAM_KINDS, DIAGRAM_TITLES, RULES } from '../service';

export function mainHelp(): string {
  return l10n.t(`Usage: tactic <command> [options]

Check and work with sales tactics (*.tactic.yaml) from the command line, with the same rules and
the same .tactic-lint.yaml configuration as the Sales Tactics editor extension.

Commands:
  lint [paths|globs…]   check tactic files (default: every *.tactic.yaml/.yml under this folder)
  report [paths|globs…] how ready each tactic is: readiness score, weakest point, problems
  graph FILE            print a view of the tactic as Mermaid (sales cycle, account map, chains)
  export FILE           the tactic as a playbook: one printable HTML file, or Markdown
  init [FILE]           write a new tactic from the full template (default: new.tactic.yaml)

Options:
  -h, --help            show help (also \`tactic <command> --help\`)
  -v, --version         show the version
  --locale en|ro|ru     the language of messages and help (any command; default: LC_ALL,
                        LC_MESSAGES or LANG when it names one of them, else English)

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage errors, unreadable files or an invalid .tactic-lint.yaml.
`);
}

export function lintHelp(): string {
  const rules = RULES.map((r) => `  ${r.id.padEnd(29)} ${r.defaultSeverity}`).join('\n');
  return l10n.t(`Usage: tactic lint [options] [paths|globs…]

Checks tactic files. A path is a file (checked whatever its name) or a folder (its *.tactic.yaml
and *.tactic.yml files, recursively); a glob such as 'deals/**/*.tactic.yaml' (quote it) matches
tactic files. Without paths, every tactic file under the current folder is checked.
node_modules and .git folders are skipped.

Options:
  --format <name>       stylish (default), json or sarif (SARIF 2.1.0, for GitHub code scanning)
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --quiet               report errors only (warnings and information are neither shown nor counted)
  --color, --no-color   force colours on or off (default: on when writing to a terminal)

Configuration: the nearest .tactic-lint.yaml (or .tactic-lint.yml) above each file sets rule
severities (rules: { rule-id: error|warning|information|hint|off }) and staleReviewDays.
Suppress in a tactic with "# tactic-lint-disable-next-line RULE" or "# tactic-lint-disable RULE".

Rules:
{0}

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage errors, unreadable files or an invalid .tactic-lint.yaml (the other files are still checked).
`, rules);
}

export function graphHelp(): string {
  const views = DIAGRAM_KINDS.map((k) => `${k} (${DIAGRAM_TITLES[k]})`).join(', ');
  return l10n.t(`Usage: tactic graph [--view VIEW] [--markdown] FILE

Prints the Mermaid source of one view of the tactic, the picture the editor preview draws.

Options:
  --view VIEW           {0}; default cycle
  --markdown            wrap it in a \`\`\`mermaid fenced block, ready to paste into Markdown
  --actions             attach the advancement actions to their stages
  --objections          attach the objections to their stages

Exit codes: 0 printed, 1 the view cannot be drawn (reasons on stderr), 2 unreadable file.
`, views);
}

export function reportHelp(): string {
  return l10n.t(`Usage: tactic report [--format table|json|markdown] [paths|globs…]

How ready each tactic is: the readiness checklist of every decision maker (identified, positioned,
questioned, reached, attitude known) and of the tactic (the nine blocks, a won path, an economic
buyer, a coach, answered objections, mitigated risks, chains with an economic buyer, a recent
review), its score (passed items in percent), the weakest point and the problem counts. Files are
found and configured as for \`tactic lint\` (staleReviewDays from .tactic-lint.yaml).

Options:
  --format table        a table sorted by score, stale tactics marked (default)
  --format json         {0}
  --format markdown     a Markdown table, ready to paste into a wiki or a pull request

A file that is not valid YAML has no score (null in JSON), with the reason.
Exit codes as for tactic lint: 0 no errors, 1 errors, 2 unreadable files or an invalid .tactic-lint.yaml.
`, `{ tactics: [{ path, tactic, account, owner, reviewed, reviewAgeDays,
                        readiness: { score, passed, total, items }, decisionMakers, problems }] }`);
}

export function exportHelp(): string {
  return l10n.t(`Usage: tactic export FILE [--format html|markdown] [-o OUT]

Exports the tactic as a playbook, the one-page brief for people who never open an editor: header,
readiness, decision makers with their positioning, identification, gatekeepers, discovery
questions, actions by stage, approval chains, objections with responses, the risk matrix, and the
sales cycle and account map as pictures.

Options:
  --format html         one self-contained HTML file that works offline and prints on A4 (default)
  --format markdown     GitHub-flavoured Markdown, the diagrams as mermaid blocks
  -o, --output OUT      write to OUT (replaced in one step, never half-written); the format follows
                        its extension (.md: Markdown) unless --format says otherwise. Default: stdout.

A tactic with errors is exported with a note saying what could not be read.
Exit codes: 0 exported, 1 not a tactic (nothing exported), 2 usage errors or unreadable/unwritable files.
`);
}

export function initHelp(): string {
  return l10n.t(`Usage: tactic init [FILE]

Writes a new tactic from the full template, with today's date as \`reviewed\`
(default FILE: new.tactic.yaml). An existing file is never overwritten.
`);
}

export function helpFor(topic: string | undefined): string | undefined {
  switch (topic) {
    case undefined: return mainHelp();
    case 'lint': return lintHelp();
    case 'graph': return graphHelp();
    case 'report': return reportHelp();
    case 'export': return exportHelp();
    case 'init': return initHelp();
    default: return undefined;
  }
}
