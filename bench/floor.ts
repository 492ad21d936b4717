/**
 * The floor: the work any validator of a tactic must do, in-process and warm — the `yaml` parse of
 * the whole text and ajv validation of its value, with the options the service uses (the parse
 * options of server/src/service/parse.ts and the service's own compiled validator). No ranges,
 * no lint rules, no protocol: the server cannot be much faster than this on a full re-validation.
 */
import { parseDocument } from 'yaml';
import { YAML_OPTIONS } from '../server/src/service';
import { schemaValidator } from '../server/src/service';
import { median, timeSync } from './stats';

export interface FloorResult {
  totalMs: number;
  parseMs: number;
  validateMs: number;
}

export function measureFloor(text: string, reps: number): FloorResult {
  const validate = schemaValidator();
  // The whole first, which also warms up the parser and the validator for the split below.
  const total = timeSync(reps, () => {
    validate(parseDocument(text, YAML_OPTIONS).toJS());
  });
  let value: unknown;
  const parse = timeSync(reps, () => {
    value = parseDocument(text, YAML_OPTIONS).toJS();
  });
  const check = timeSync(reps, () => {
    if (!validate(value)) throw new Error(`bench document is not schema-valid: ${JSON.stringify(validate.errors?.[0])}`);
  });
  return { totalMs: median(total)!, parseMs: median(parse)!, validateMs: median(check)! };
}
