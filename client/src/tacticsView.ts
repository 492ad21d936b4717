/**
 * The Tactics view in the Explorer: every tactic of the workspace with its account, owner, score,
 * problem counts and review age, stale ones marked, best score first; a click opens the file. The
 * server does the work (`tactic/workspaceTactics`, in batches, cancellable); the view asks only
 * while it is visible, and again when tactic files or `.tactic-lint.yaml` change (debounced) or
 * on its refresh button. A newer refresh cancels the one under way.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { plural } from '../../server/src/service/light';
import { WORKSPACE_TACTICS_METHOD, WorkspaceTactic, WorkspaceTacticsParams, WorkspaceTacticsResult } from '../../server/src/protocol';
import type { CommandFactory, Ctx } from './ctx';

export const TACTICS_VIEW_ID = 'tacticTactics';
const REFRESH_DEBOUNCE_MS = 1_000;

type Node = { kind: 'tactic'; tactic: WorkspaceTactic } | { kind: 'unreadable'; uri: string; message: string };

/** Best score first; tactics without a score after them; then by name. */
export function byScore(a: WorkspaceTactic, b: WorkspaceTactic): number {
  return (b.score ?? -1) - (a.score ?? -1) || (a.tactic ?? a.path).localeCompare(b.tactic ?? b.path);
}

/** The line beside a tactic's name: score, account, owner, problems, review age. */
export function describeTactic(t: WorkspaceTactic): string {
  const parts = [t.score === null ? vscode.l10n.t('no score') : vscode.l10n.t('{0}%', t.score)];
  if (t.account) parts.push(t.account);
  if (t.owner) parts.push(t.owner);
  const { error, warning, information, hint } = t.problems;
  parts.push(vscode.l10n.t({ message: '{0}E {1}W {2}I', args: [error, warning, information + hint], comment: ['errors, warnings, information: one letter each'] }));
  if (t.reviewAgeDays !== null) {
    parts.push(t.stale
      ? vscode.l10n.t({ message: 'reviewed {0}d ago (stale)', args: [t.reviewAgeDays], comment: ['d: days, abbreviated'] })
      : vscode.l10n.t({ message: 'reviewed {0}d ago', args: [t.reviewAgeDays], comment: ['d: days, abbreviated'] }));
  } else if (t.stale) parts.push(vscode.l10n.t('never reviewed (stale)'));
  return parts.join(' \u00b7 ');
}

/** The tooltip's review line: the date, its age in days, and whether it is stale. */
function reviewedLine(date: string, days: number, stale: boolean): string {
  return stale
    ? plural(days, {
      one: () => l10n.t({ message: 'Reviewed {0}, {1} day ago (stale)', args: [date, days], comment: ['plural: one'] }),
      few: () => l10n.t({ message: 'Reviewed {0}, {1} days ago (stale)', args: [date, days], comment: ['plural: few'] }),
      many: () => l10n.t({ message: 'Reviewed {0}, {1} days ago (stale)', args: [date, days], comment: ['plural: many'] }),
      other: () => l10n.t({ message: 'Reviewed {0}, {1} days ago (stale)', args: [date, days], comment: ['plural: other'] }),
    })
    : plural(days, {
      one: () => l10n.t({ message: 'Reviewed {0}, {1} day ago', args: [date, days], comment: ['plural: one'] }),
      few: () => l10n.t({ message: 'Reviewed {0}, {1} days ago', args: [date, days], comment: ['plural: few'] }),
      many: () => l10n.t({ message: 'Reviewed {0}, {1} days ago', args: [date, days], comment: ['plural: many'] }),
      other: () => l10n.t({ message: 'Reviewed {0}, {1} days ago', args: [date, days], comment: ['plural: other'] }),
    });
}

export class TacticsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<Node>;
  private result: WorkspaceTacticsResult | undefined;
  /** The request under way, if any; a newer refresh cancels it. */
  private running: vscode.CancellationTokenSource | undefined;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files changed while the view was hidden: refresh when it shows again. */
  private stale = true;

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView(TACTICS_VIEW_ID, { treeDataProvider: this, showCollapseAll: false });
    const watcher = vscode.workspace.createFileSystemWatcher('**/{*.tactic.yaml,*.tactic.yml,.tactic-lint.yaml,.tactic-lint.yml}');
    const onFiles = () => this.scheduleRefresh();
    this.disposables.push(
      this.view,
      watcher,
      watcher.onDidCreate(onFiles),
      watcher.onDidChange(onFiles),
      watcher.onDidDelete(onFiles),
      vscode.workspace.onDidChangeWorkspaceFolders(onFiles),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) void this.refresh();
      }),
      this.changed,
    );
  }

  /** What the last refresh found (tests). */
  get tactics(): WorkspaceTacticsResult | undefined {
    return this.result;
  }

  private scheduleRefresh(): void {
    this.stale = true;
    if (!this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DEBOUNCE_MS);
  }

  /** Asks the server again; resolves when the view shows the new list (or the request was superseded). */
  refresh(): Promise<void> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.stale = false;
    const loading = this.load(source).finally(() => {
      if (this.running === source) this.running = undefined;
      source.dispose();
    });
    this.loading = loading;
    return loading;
  }

  private async load(source: vscode.CancellationTokenSource): Promise<void> {
    const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file') ?? [];
    if (!folders.length) {
      this.result = { tactics: [], unreadable: [], cancelled: false };
      this.view.message = vscode.l10n.t('Open a folder to list its tactics.');
      this.changed.fire(undefined);
      return;
    }
    await vscode.window.withProgress({ location: { viewId: TACTICS_VIEW_ID } }, async () => {
      const client = await this.ctx.runningClient();
      if (source.token.isCancellationRequested) return;
      if (!client) {
        this.view.message = vscode.l10n.t('The Sales Tactics language server is not running.');
        return;
      }
      const params: WorkspaceTacticsParams = { folders: folders.map((f) => f.uri.toString()) };
      let result: WorkspaceTacticsResult;
      try {
        result = await client.sendRequest<WorkspaceTacticsResult>(WORKSPACE_TACTICS_METHOD, params, source.token);
      } catch (e) {
        if (source.token.isCancellationRequested) return;
        this.ctx.output.warn(vscode.l10n.t('Tactics view: {0}', e instanceof Error ? e.message : String(e)));
        this.view.message = vscode.l10n.t('The tactics could not be listed (see Sales Tactics: Show Output).');
        return;
      }
      if (source.token.isCancellationRequested || this.running !== source) return;
      this.result = { ...result, tactics: [...result.tactics].sort(byScore) };
      for (const u of result.unreadable) this.ctx.output.warn(vscode.l10n.t('Tactics view: not read: {0}', u.message));
      this.view.message = result.tactics.length || result.unreadable.length ? undefined : vscode.l10n.t('No tactic files (*.tactic.yaml) in the workspace.');
      const stale = result.tactics.filter((t) => t.stale).length;
      this.view.description = !result.tactics.length ? undefined : stale
        ? vscode.l10n.t({ message: '{0}, {1} stale', args: [result.tactics.length, stale], comment: ['{0} tactics, of which {1} have a stale review'] })
        : String(result.tactics.length);
      this.changed.fire(undefined);
    });
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'unreadable') {
      const uri = vscode.Uri.parse(node.uri);
      const item = new vscode.TreeItem(uri.path.split('/').pop() ?? node.uri);
      item.description = vscode.l10n.t('cannot be read');
      item.tooltip = node.message;
      item.iconPath = new vscode.ThemeIcon('error');
      item.resourceUri = uri;
      return item;
    }
    const t = node.tactic;
    const uri = vscode.Uri.parse(t.uri);
    const name = uri.path.split('/').pop() ?? t.path;
    const item = new vscode.TreeItem(t.tactic ?? name);
    item.id = t.uri;
    item.resourceUri = uri;
    item.description = describeTactic(t);
    item.iconPath = t.score === null
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
      : t.stale ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('checklist');
    // Plain text: everything here comes from the tactic.
    item.tooltip = [
      `${t.tactic ?? name} (${vscode.workspace.asRelativePath(uri)})`,
      t.score === null ? vscode.l10n.t('No score: {0}', t.reason ?? '') : vscode.l10n.t('Readiness {0}%', t.score),
      t.weakestPoint && t.score !== null ? vscode.l10n.t('Weakest point: {0}', t.weakestPoint) : '',
      t.account ? vscode.l10n.t('Account: {0}', t.account) : '',
      t.owner ? vscode.l10n.t('Owner: {0}', t.owner) : '',
      vscode.l10n.t('Problems: {0} errors, {1} warnings, {2} information', t.problems.error, t.problems.warning, t.problems.information + t.problems.hint),
      t.reviewed ? reviewedLine(t.reviewed, t.reviewAgeDays ?? 0, t.stale) : t.stale ? vscode.l10n.t('Never reviewed (stale)') : '',
    ].filter((l) => l).join('\n');
    item.contextValue = 'tactic';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return [];
    if (!this.result || this.stale) await (this.stale || !this.loading ? this.refresh() : this.loading);
    const r = this.result;
    if (!r) return [];
    return [
      ...r.tactics.map((tactic): Node => ({ kind: 'tactic', tactic })),
      ...r.unreadable.map((u): Node => ({ kind: 'unreadable', uri: u.uri, message: u.message })),
    ];
  }

  dispose(): void {
    this.running?.cancel();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

const views = new WeakMap<Ctx, TacticsView>();

export function registerTacticsView(ctx: Ctx): TacticsView {
  const view = new TacticsView(ctx);
  views.set(ctx, view);
  ctx.push(view);
  return view;
}

export const refreshTactics: CommandFactory = (ctx) => () => views.get(ctx)?.refresh();
