/**
 * The service's light entry point: what the VS Code client and the preview webview take from the
 * service without bundling the YAML parser or the validator that `index.ts` pulls in (the tactic
 * templates for New Tactic, the views and the shape of generated node ids).
 */
export { wholeTacticSnippet } from './domain/entryTemplates';
export { tacticTemplate } from './domain/template';
export { DIAGRAM_KINDS, DIAGRAM_TITLES, isDiagramKind, type DiagramKind } from './diagram/diagram';
export { MERMAID_NODE_ID } from './diagram/mermaid';
export { LANGUAGES, languageOf, useLanguage, currentLanguage, plural, type Language, type L10nBundle, type PluralForms } from './l10n';
export { PLAYBOOK_CSS } from './export/style';
export type { PlaybookFormat } from './export';
