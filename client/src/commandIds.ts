/**
 * The id of every command the extension registers; package.json `contributes.commands` lists the
 * same ids (test/unit/clientManifest.test.ts). No `vscode` import, so that test can read it.
 * commands.ts maps each id to its factory, typed so the compiler holds the two lists equal.
 */
export const COMMAND_IDS = [
  'tactic.restartServer',
  'tactic.showOutput',
  'tactic.lintWorkspace',
  'tactic.newTactic',
  'tactic.showPreview',
  'tactic.showPreviewToSide',
  'tactic.preview.exportSvg',
  'tactic.preview.exportPng',
  'tactic.preview.copyMermaid',
  'tactic.preview.copyMarkdown',
  'tactic.preview.showSalesCycle',
  'tactic.preview.showAccountMap',
  'tactic.preview.showApprovalChains',
  'tactic.showScorecard',
  'tactic.markReviewed',
  'tactic.refreshTactics',
  'tactic.exportPlaybook',
  'tactic.previewPlaybook',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
