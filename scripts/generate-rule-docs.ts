// Writes everything that restates the lint rules from the rule registry (RULES, each rule's id,
// defaultSeverity and description), so a rule is defined once, in its file under
// server/src/service/validation/rules/:
//   package.json                     the tactic.lint.rules setting, one property per rule, whose
//                                    description is a %key% of the package.nls files
//   package.nls.json                 those descriptions in English,
//   package.nls.ro.json, …ru.json    and in Romanian and Russian (the rules' descriptions in the
//                                    language of l10n/bundle.l10n.ro.json / …ru.json)
//   schemas/tactic-lint.schema.json  `rules:` of .tactic-lint.yaml, one property per rule
//   README.md                        the rule table between <!-- rules:begin … --> and <!-- rules:end -->
// `npm run generate` runs it before generate-validator.mjs (the lint schema feeds
// lintConfigValidator.js). `--check` writes nothing and exits 1 listing the files that differ;
// test/unit/ruleDocs.test.ts fails the same way.
// Usage: node --import tsx scripts/generate-rule-docs.ts [--check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSettingDescription } from '../client/src/ruleSettingText';
import { currentLanguage, type L10nBundle, type Language, RULES, type Rule, type SeverityOrOff, useLanguage } from '../server/src/service';

export const ROOT = join(__dirname, '..');

/** The values a rule can be set to, in the order the enums list them. */
const LEVELS_BY_NAME: Record<SeverityOrOff, true> = { error: true, warning: true, information: true, hint: true, off: true };
const LEVELS = Object.keys(LEVELS_BY_NAME) as SeverityOrOff[];

/** The description as one Markdown sentence ending in the default, e.g. "… Default: `warning`." (current language). */
const markdownDescription = (rule: Rule) => ruleSettingDescription(rule.description, rule.defaultSeverity);

/** The package.nls key of a rule setting's description. */
export const ruleSettingKey = (id: string) => `config.tactic.lint.rules.${id}.markdownDescription`;
/** The hand-written key the rule keys follow in each package.nls file. */
const RULES_SETTING_KEY = 'config.tactic.lint.rules.markdownDescription';

/** The translation bundle of `language` (l10n/bundle.l10n.<language>.json), none for English or when absent. */
function bundleOf(language: Language): L10nBundle | undefined {
  const file = join(ROOT, 'l10n', `bundle.l10n.${language}.json`);
  return language === 'en' || !existsSync(file) ? undefined : JSON.parse(readFileSync(file, 'utf8'));
}

/** `render()` with the service and this script speaking `language`; the language before is restored. */
function inLanguage<T>(language: Language, render: () => T): T {
  const before = currentLanguage();
  useLanguage(language, bundleOf(language));
  try {
    return render();
  } finally {
    useLanguage(before, bundleOf(before));
  }
}

/**
 * A package.nls file: its own keys as they are, and after `config.tactic.lint.rules.markdownDescription`
 * one key per rule (registry order) with the rule's description in `language`.
 */
export function nlsEntries(current: Record<string, string>, rules: readonly Rule[], language: Language): Record<string, string> {
  const generated = inLanguage(language, () => rules.map((r) => [ruleSettingKey(r.id), markdownDescription(r)] as const));
  const isGenerated = (k: string) => k !== RULES_SETTING_KEY && /^config\.tactic\.lint\.rules\.[^.]+\.markdownDescription$/.test(k);
  const out: Record<string, string> = {};
  let placed = false;
  for (const [k, v] of Object.entries(current)) {
    if (isGenerated(k)) continue;
    out[k] = v;
    if (k === RULES_SETTING_KEY) {
      for (const [gk, gv] of generated) out[gk] = gv;
      placed = true;
    }
  }
  if (!placed) throw new Error(`package.nls (${language}): no "${RULES_SETTING_KEY}" key to put the rules after`);
  return out;
}
/** Plain text for JSON Schema `description` (shown where Markdown is not rendered). */
const plain = (markdown: string) => markdown.replace(/`/g, '');

/** package.json: contributes.configuration.properties["tactic.lint.rules"].properties */
export function settingsProperties(rules: readonly Rule[]): Record<string, unknown> {
  return Object.fromEntries(rules.map((r) => [r.id, {
    type: 'string',
    enum: LEVELS,
    default: r.defaultSeverity,
    markdownDescription: `%${ruleSettingKey(r.id)}%`,
  }]));
}

/** schemas/tactic-lint.schema.json: properties.rules.properties */
export function lintSchemaProperties(rules: readonly Rule[]): Record<string, unknown> {
  return Object.fromEntries(rules.map((r) => [r.id, {
    type: 'string',
    enum: LEVELS,
    description: plain(markdownDescription(r)),
    markdownDescription: markdownDescription(r),
  }]));
}

/** The README's rule table, one row per rule, without indentation. */
export function readmeTable(rules: readonly Rule[]): string[] {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| rule | default | fires when |',
    '|------|---------|-----------|',
    ...rules.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${cell(r.description)} |`),
  ];
}

/** Parses a JSON file, lets `edit` change it, and prints it as npm does (2 spaces, final newline). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a whole JSON file, changed at paths the targets name
function editJson(text: string, edit: (json: any) => void): string {
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json, null, 2) + '\n';
}

/** Replaces the lines between the begin and end marker lines, indenting `lines` like the begin marker. */
function replaceBetweenMarkers(text: string, file: string, name: string, lines: readonly string[]): string {
  const all = text.split('\n');
  const begin = all.findIndex((l) => l.trimStart().startsWith(`<!-- ${name}:begin`));
  const end = all.findIndex((l) => l.trim() === `<!-- ${name}:end -->`);
  if (begin < 0 || end < begin) throw new Error(`${file}: no <!-- ${name}:begin … --> … <!-- ${name}:end --> markers`);
  const indent = /^ */.exec(all[begin])![0];
  // Blank lines around the table: without the one after it, GitHub would read the end marker as a row.
  const body = ['', ...lines.map((l) => indent + l), ''];
  return [...all.slice(0, begin + 1), ...body, ...all.slice(end)].join('\n');
}

interface Target {
  /** Relative to the repository root. */
  readonly path: string;
  /** The file's content generated from `rules`, given its current content. */
  render(current: string, rules: readonly Rule[]): string;
}

export const TARGETS: readonly Target[] = [
  {
    path: 'package.json',
    render: (text, rules) => editJson(text, (pkg) => {
      pkg.contributes.configuration.properties['tactic.lint.rules'].properties = settingsProperties(rules);
    }),
  },
  ...(['en', 'ro', 'ru'] as const).map((language): Target => ({
    path: language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`,
    render: (text, rules) => JSON.stringify(nlsEntries(JSON.parse(text), rules, language), null, 2) + '\n',
  })),
  {
    path: 'schemas/tactic-lint.schema.json',
    render: (text, rules) => editJson(text, (schema) => {
      schema.properties.rules.properties = lintSchemaProperties(rules);
    }),
  },
  {
    path: 'README.md',
    render: (text, rules) => replaceBetweenMarkers(text, 'README.md', 'rules', readmeTable(rules)),
  },
];

export interface GeneratedFile {
  readonly path: string;
  /** The content now on disk. */
  readonly current: string;
  /** The content generated from the rules. */
  readonly expected: string;
}

/** Every target file, as it is and as it should be; pure apart from reading the files. */
export function ruleDocs(rules: readonly Rule[] = RULES, root = ROOT): GeneratedFile[] {
  for (const r of rules) {
    if (/[\r\n]/.test(r.description)) throw new Error(`rule ${r.id}: the description must be one line`);
  }
  return TARGETS.map((t) => {
    const current = readFileSync(join(root, t.path), 'utf8');
    return { path: t.path, current, expected: t.render(current, rules) };
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  if (args.some((a) => a !== '--check')) {
    console.error('Usage: node --import tsx scripts/generate-rule-docs.ts [--check]');
    process.exit(2);
  }
  const stale = ruleDocs().filter((f) => f.current !== f.expected);
  if (check) {
    if (stale.length) {
      console.error(`Out of date with the rule registry (run \`npm run generate\`):\n${stale.map((f) => `  ${f.path}`).join('\n')}`);
      process.exit(1);
    }
  } else {
    for (const f of stale) {
      writeFileSync(join(ROOT, f.path), f.expected);
      console.log(`wrote ${f.path}`);
    }
  }
}
