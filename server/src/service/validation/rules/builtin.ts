/** Rules whose findings come from the YAML parser and the JSON Schema (see parse.ts, validate.ts). */
import type { Rule } from './rule';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The text is not valid YAML, or holds more than one document.',
  runsOnBrokenDocument: true,
};

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A value breaks the tactic schema: wrong type, unknown key, missing required field or a value outside the allowed list.',
  runsOnBrokenDocument: false,
};
