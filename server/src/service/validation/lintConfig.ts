/**
 * `.tactic-lint.yaml`: the lint configuration shared by the editor and the `tactic` command.
 *
 *   rules:                 # severity per rule id: error | warning | information | hint | off
 *     stale-review: off
 *     missing-block: error
 *   staleReviewDays: 180   # age in days after which `reviewed` is stale (default 90)
 *
 * Text → configuration plus ranged problems, validated against schemas/tactic-lint.schema.json.
 * Whatever is valid is kept, so one typo costs only its own line. Finding and reading the file is
 * Node's business (server/src/node/configFiles.ts).
 */
import * as l10n from '@vscode/l10n';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import schemaJson from '../../../../schemas/tactic-lint.schema.json';
import { nodeSpan } from '../parsing/ast';
import { parseTactic } from '../parsing/parse';
import { RULES_BY_ID } from './rules';
import { closestNames } from '../parsing/text';
import type { LintConfig, Range, SeverityOrOff } from '../types';
import { DEFAULT_LINT_CONFIG } from '../types';
import compiledValidator from '../generated/lintConfigValidator.js';
import { locate } from './schemaFindings';
import { codeList, didYouMean, sentences } from '../messages';

export const LINT_CONFIG_FILE_NAMES = ['.tactic-lint.yaml', '.tactic-lint.yml'] as const;

export interface LintConfigProblem {
  /** `yaml-syntax` when the text is not YAML, `schema` when a value breaks the schema. */
  code: 'yaml-syntax' | 'schema';
  message: string;
  range: Range;
}

export interface ParsedLintConfig {
  config: LintConfig;
  problems: LintConfigProblem[];
}

interface SchemaShape {
  properties: { rules: { properties: Record<string, unknown> }; staleReviewDays: unknown };
}

export const lintConfigSchema = schemaJson as unknown as SchemaShape & Record<string, unknown>;
const RULE_IDS = Object.keys(lintConfigSchema.properties.rules.properties);
const TOP_KEYS = Object.keys(lintConfigSchema.properties);
const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/** Compiled ahead of time (scripts/generate-validator.mjs), like the tactic schema. */
function validator(): ValidateFunction {
  return compiledValidator;
}

export function parseLintConfig(text: string): ParsedLintConfig {
  const doc = parseTactic(text);
  const problems: LintConfigProblem[] = doc.problems.map((p) => ({ code: 'yaml-syntax', message: p.message, range: doc.lines.range(p.start, p.end) }));
  const value = doc.value as Record<string, unknown> | null | undefined;

  if (doc.yaml && value !== undefined && !doc.broken) {
    const validate = validator();
    if (!validate(value)) {
      for (const err of validate.errors ?? []) {
        const at = locateError(doc.yaml, err);
        problems.push({ code: 'schema', message: describe(err), range: doc.lines.range(at[0], at[1]) });
      }
    }
  }
  // Keep every valid part, also when other parts are wrong.
  const config = applyLintSettings(value, { rules: {}, staleReviewDays: DEFAULT_LINT_CONFIG.staleReviewDays });
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { config, problems };
}

/**
 * `base` with the valid parts of `raw` (a `.tactic-lint.yaml` value or VS Code's `tactic.lint`
 * settings) on top: known rule ids with a known severity, and a non-negative `staleReviewDays`.
 * Anything else is ignored, never trusted.
 */
export function applyLintSettings(raw: unknown, base: LintConfig): LintConfig {
  const rules: Record<string, SeverityOrOff> = { ...base.rules } as Record<string, SeverityOrOff>;
  let staleReviewDays = base.staleReviewDays;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { rules: r, staleReviewDays: days } = raw as Record<string, unknown>;
    if (r && typeof r === 'object' && !Array.isArray(r)) {
      for (const [id, sev] of Object.entries(r)) {
        if (RULES_BY_ID.has(id) && typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as SeverityOrOff;
      }
    }
    if (typeof days === 'number' && Number.isFinite(days) && days >= 0) staleReviewDays = days;
  }
  return { rules, staleReviewDays };
}

function locateError(doc: Parameters<typeof locate>[0], err: ErrorObject): [number, number] {
  const path = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = locate(doc, path);
  if (err.keyword === 'additionalProperties') {
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const pair = (at.node as { items?: Array<{ key?: { value?: unknown } & Node }> } | undefined)?.items
      ?.find((p) => p.key && String(p.key.value) === key);
    const span = nodeSpan(pair?.key as Node | undefined);
    if (span) return span;
  }
  const value = nodeSpan(at.node);
  if (value && value[1] > value[0]) return value;
  return nodeSpan(at.pair?.key as Node | undefined) ?? value ?? [0, 0];
}

function describe(err: ErrorObject): string {
  const path = err.instancePath.split('/').slice(1);
  const field = path[path.length - 1] ?? '';
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      if (path[0] === 'rules') {
        const guess = closestNames(key, RULE_IDS, 1);
        return sentences(l10n.t('`{0}` is not a lint rule.', key), guess.length ? didYouMean(guess[0]) : l10n.t('Rules: {0}.', codeList(RULE_IDS)));
      }
      const guess = closestNames(key, TOP_KEYS, 1);
      return sentences(l10n.t('`{0}` is not a setting of .tactic-lint.yaml.', key), guess.length > 0 && didYouMean(guess[0]), l10n.t('Settings: {0}.', codeList(TOP_KEYS)));
    }
    case 'enum':
    case 'type':
      if (path[0] === 'rules' && path.length === 2) {
        return l10n.t('The severity of `{0}` must be one of `error`, `warning`, `information`, `hint` or `off`.', field);
      }
      if (field === 'staleReviewDays') return l10n.t('`staleReviewDays` must be a number of days, e.g. 90.');
      if (field === 'rules') return l10n.t('`rules` must be a mapping of rule ids to severities, e.g. `stale-review: off`.');
      return l10n.t('.tactic-lint.yaml must be a mapping of settings (`rules:`, `staleReviewDays:`).');
    case 'minimum':
      return l10n.t('`staleReviewDays` cannot be negative.');
    default:
      // A keyword the schema does not use today: ajv's own (English) words, quoted as they are.
      return field
        ? l10n.t({ message: '`{0}` {1}.', args: [field, err.message ?? 'is not valid'], comment: ['{0} is a field; {1} is the schema validator\'s own English words, e.g. "must be <= 5"'] })
        : l10n.t({ message: '`the configuration` {0}.', args: [err.message ?? 'is not valid'], comment: ['{0} is the schema validator\'s own English words, e.g. "must have property x"'] });
  }
}
