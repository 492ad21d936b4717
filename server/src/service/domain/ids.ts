/**
 * What an id is, kept apart from the model so the client can import the entry templates (New
 * Tactic) without bundling the YAML parser.
 */
export type IdKind = 'decision_maker' | 'approval_chain' | 'stage';

export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** Words YAML reads as booleans or null, not as text, when they stand as plain scalars. */
export const YAML_RESERVED_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'null']);
