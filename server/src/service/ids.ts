/**
 * What an id is, kept apart from the model so the client can import the entry templates (New
 * Tactic) without bundling the YAML parser.
 */
export type IdKind = 'decision_maker' | 'approval_chain' | 'stage';

export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
