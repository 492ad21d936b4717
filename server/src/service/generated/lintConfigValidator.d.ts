import type { ValidateFunction } from 'ajv';

/** The .tactic-lint.yaml schema, compiled ahead of time by scripts/generate-validator.mjs. */
declare const validate: ValidateFunction;
export default validate;
