/** `tactic --help` and the help of each command. */
import { DIAGRAM_KINDS, DIAGRAM_TITLES, RULES } from '../service';

export const MAIN_HELP = `Usage: tactic <command> [options]

Check and work with sales tactics (*.tactic.yaml) from the command line, with the same rules and
the same .tactic-lint.yaml configuration as the Sales Tactics editor extension.

Commands:
  lint [paths|globs…]   check tactic files (default: every *.tactic.yaml/.yml under this folder)
  graph FILE            print the Mermaid flowchart of the tactic's sales cycle
  init [FILE]           write a new tactic from the full template (default: new.tactic.yaml)

Options:
  -h, --help            show help (also \`tactic <command> --help\`)
  -v, --version         show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage errors, unreadable files or an invalid .tactic-lint.yaml.
`;

export const LINT_HELP = `Usage: tactic lint [options] [paths|globs…]

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
${RULES.map((r) => `  ${r.id.padEnd(29)} ${r.defaultSeverity}`).join('\n')}

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage errors, unreadable files or an invalid .tactic-lint.yaml (the other files are still checked).
`;

export const GRAPH_HELP = `Usage: tactic graph [--view VIEW] [--markdown] FILE

Prints the Mermaid source of one view of the tactic, the picture the editor preview draws.

Options:
  --view VIEW           ${DIAGRAM_KINDS.map((k) => `${k} (${DIAGRAM_TITLES[k]})`).join(', ')}; default cycle
  --markdown            wrap it in a \`\`\`mermaid fenced block, ready to paste into Markdown
  --actions             attach the advancement actions to their stages
  --objections          attach the objections to their stages

Exit codes: 0 printed, 1 the view cannot be drawn (reasons on stderr), 2 unreadable file.
`;

export const INIT_HELP = `Usage: tactic init [FILE]

Writes a new tactic from the full template, with today's date as \`reviewed\`
(default FILE: new.tactic.yaml). An existing file is never overwritten.
`;

export function helpFor(topic: string | undefined): string | undefined {
  switch (topic) {
    case undefined: return MAIN_HELP;
    case 'lint': return LINT_HELP;
    case 'graph': return GRAPH_HELP;
    case 'init': return INIT_HELP;
    default: return undefined;
  }
}
