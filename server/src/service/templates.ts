/**
 * The service's light entry point: the tactic templates alone, for the VS Code client's New
 * Tactic command, which must not bundle the YAML parser or the validator that `index.ts` pulls in.
 */
export { wholeTacticSnippet } from './domain/entryTemplates';
export { tacticTemplate } from './domain/template';
