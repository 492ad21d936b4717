/** Rules whose findings come from the YAML parser and the JSON Schema (see parse.ts, validate.ts). */
import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  get description() { return l10n.t('The text is not valid YAML, or holds more than one document.'); },
  runsOnBrokenDocument: true,
};

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  get description() { return l10n.t('A value breaks the tactic schema: wrong type, unknown key, missing required field or a value outside the allowed list.'); },
  runsOnBrokenDocument: false,
};
