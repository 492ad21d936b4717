/**
 * The readiness scorecard's script (bundled into dist/webview/scorecard.js). Builds the coverage
 * matrix and the tactic's checklist from checked messages (scorecardMessages.ts), only ever as
 * text nodes: every string comes from the user's tactic. A missing cell or item is a button that
 * asks the extension to select its place in the editor.
 */
import * as l10n from '@vscode/l10n';
import { plural } from '../../server/src/service/light';
import { usePageL10n } from './pageL10n';
import {
  COVERAGE_COLUMNS, CoverageColumn, readScorecardHostMessage, readScorecardState, ScorecardItem, ScorecardUpdate, ScorecardWebviewMessage,
} from './scorecardMessages';

interface VsCodeApi {
  postMessage(message: ScorecardWebviewMessage): void;
  getState(): unknown;
  setState(state: { uri: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
usePageL10n(document.body.dataset);
const $ = (id: string) => document.getElementById(id) as HTMLElement;

/** A column's heading (functions: the language is chosen when the page starts). */
const COLUMN_TITLES: Record<CoverageColumn, () => string> = {
  identified: () => l10n.t('Identified'),
  positioned: () => l10n.t('Positioned'),
  questioned: () => l10n.t('Questioned'),
  reached: () => l10n.t('Reached'),
  attitude: () => l10n.t('Attitude known'),
};

/** A cell's name for assistive technology: the decision maker's id and the column, one phrase per column. */
const CELL_LABELS: Record<CoverageColumn, (id: string) => string> = {
  identified: (id) => l10n.t({ message: '{0} identified', args: [id], comment: ['{0}: a decision maker\'s id'] }),
  positioned: (id) => l10n.t({ message: '{0} positioned', args: [id], comment: ['{0}: a decision maker\'s id'] }),
  questioned: (id) => l10n.t({ message: '{0} questioned', args: [id], comment: ['{0}: a decision maker\'s id'] }),
  reached: (id) => l10n.t({ message: '{0} reached', args: [id], comment: ['{0}: a decision maker\'s id'] }),
  attitude: (id) => l10n.t({ message: '{0} attitude known', args: [id], comment: ['{0}: a decision maker\'s id'] }),
};

/** A cell's description when the server gave no item for it. */
const CELL_STATES: Record<CoverageColumn, (passed: boolean) => string> = {
  identified: (passed) => (passed ? l10n.t('Identified: yes') : l10n.t('Identified: no')),
  positioned: (passed) => (passed ? l10n.t('Positioned: yes') : l10n.t('Positioned: no')),
  questioned: (passed) => (passed ? l10n.t('Questioned: yes') : l10n.t('Questioned: no')),
  reached: (passed) => (passed ? l10n.t('Reached: yes') : l10n.t('Reached: no')),
  attitude: (passed) => (passed ? l10n.t('Attitude known: yes') : l10n.t('Attitude known: no')),
};

const ITEM_TITLES: Record<string, () => string> = {
  'won-path': () => l10n.t('Won path'),
  'economic-buyer': () => l10n.t('Economic buyer'),
  coach: () => l10n.t('Coach'),
  'objections-answered': () => l10n.t('Objections answered'),
  'risks-mitigated': () => l10n.t('Risks mitigated'),
  'chains-with-economic-buyer': () => l10n.t('Approval chains with an economic buyer'),
  'review-recent': () => l10n.t('Review'),
};

/** An item's label: "Block `risks`" for a block, else the item's title (its id when unknown). */
function itemTitle(item: ScorecardItem): string {
  if (item.id === 'block-present') return item.subject ? l10n.t('Block {0}', item.subject) : l10n.t('Block');
  return Object.prototype.hasOwnProperty.call(ITEM_TITLES, item.id) ? ITEM_TITLES[item.id]() : item.id;
}

/** "N days" for the review line, in the form the language uses for N. */
function days(n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: '{0} day', args: [n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} days', args: [n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} days', args: [n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} days', args: [n], comment: ['plural: other'] }),
  });
}

let latest: ScorecardUpdate | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** ✓ or ✗ with a word, so the state reads without colour. */
function mark(passed: boolean): HTMLElement {
  const span = el('span', passed ? '\u2713' : '\u2717', passed ? 'mark pass' : 'mark fail');
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** A control that selects an item's place in the editor. */
function revealButton(update: ScorecardUpdate, index: number, label: string, description: string): HTMLButtonElement {
  const b = el('button', undefined, 'reveal');
  b.type = 'button';
  b.title = l10n.t('{0} (click to go there)', description);
  b.setAttribute('aria-label', l10n.t('{0}: {1} Go to the place in the tactic.', label, description));
  b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', item: index, version: update.version }));
  return b;
}

function renderHead(u: ScorecardUpdate): void {
  $('score').textContent = u.score === null ? l10n.t('Readiness: no score') : l10n.t('Readiness {0}%', u.score);
  $('score').title = u.score === null ? '' : itemsPass(u.passed, u.total);
  $('weakest').textContent = u.score === null
    ? (u.noScoreReason ?? l10n.t('The text is not a tactic.'))
    : l10n.t({ message: '{0}. {1}', args: [itemsPass(u.passed, u.total), u.weakestPoint ?? l10n.t('Every item passes.')], comment: ['{0}: "3 of 5 items pass"; {1}: the weakest point, a sentence'] });
  const age = u.reviewAgeDays ?? 0;
  $('review').textContent = u.reviewed === null
    ? l10n.t({ message: 'No review date (stale after {0}).', args: [days(u.staleReviewDays)], comment: ['{0}: "90 days"'] })
    : age > u.staleReviewDays
      ? l10n.t({ message: 'Reviewed {0}, {1} ago — stale (stale after {2}).', args: [u.reviewed, days(age), days(u.staleReviewDays)], comment: ['{1}, {2}: "12 days"'] })
      : l10n.t({ message: 'Reviewed {0}, {1} ago (stale after {2}).', args: [u.reviewed, days(age), days(u.staleReviewDays)], comment: ['{1}, {2}: "12 days"'] });
}

/** "3 of 5 items pass", in the form the language uses for the total. */
function itemsPass(passed: number, total: number): string {
  return plural(total, {
    one: () => l10n.t({ message: '{0} of {1} item passes', args: [passed, total], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} of {1} items pass', args: [passed, total], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} of {1} items pass', args: [passed, total], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} of {1} items pass', args: [passed, total], comment: ['plural: other'] }),
  });
}

function renderMatrix(u: ScorecardUpdate): void {
  const table = $('coverage');
  const rows: HTMLElement[] = [];
  const caption = el('caption', l10n.t('Coverage of each decision maker: ✓ done, ✗ missing (click a ✗ to go to it)'));
  const head = el('tr');
  head.append(el('th', l10n.t('Decision maker')));
  for (const c of COVERAGE_COLUMNS) {
    const th = el('th', COLUMN_TITLES[c]());
    th.scope = 'col';
    head.append(th);
  }
  rows.push(el('thead'));
  rows[0].append(head);
  const body = el('tbody');
  for (const row of u.rows) {
    const tr = el('tr');
    const th = el('th');
    th.scope = 'row';
    th.append(el('code', row.id));
    if (row.title) th.append(el('span', ` ${row.title}`, 'title'));
    const detail = [row.role, row.attitude].filter((s) => s).join(', ');
    if (detail) th.append(el('span', ` (${detail})`, 'detail'));
    tr.append(th);
    for (const c of COVERAGE_COLUMNS) {
      const cell = row.cells[c];
      const td = el('td', undefined, cell.passed ? 'pass' : 'fail');
      const item: ScorecardItem | undefined = cell.item >= 0 ? u.items[cell.item] : undefined;
      const word = cell.passed ? l10n.t('yes') : l10n.t('no');
      const description = item?.message ?? CELL_STATES[c](cell.passed);
      if (!cell.passed && item?.hasRange) {
        const b = revealButton(u, cell.item, CELL_LABELS[c](row.id), description);
        b.append(mark(false), el('span', ` ${word}`, 'word'));
        td.append(b);
      } else {
        td.title = description;
        td.append(mark(cell.passed), el('span', ` ${word}`, 'word'));
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(caption, rows[0], body);
  $('no-people').hidden = u.rows.length > 0 || u.score === null;
  table.hidden = u.rows.length === 0;
}

function renderItems(u: ScorecardUpdate): void {
  const list = $('items');
  const lis: HTMLElement[] = [];
  u.items.forEach((item, index) => {
    if (item.id.startsWith('decision-maker-')) return;
    const li = el('li', undefined, item.passed ? 'pass' : 'fail');
    li.append(mark(item.passed));
    const label = itemTitle(item);
    li.append(el('strong', ` ${label}: `));
    if (!item.passed && item.hasRange) {
      const b = revealButton(u, index, label, item.message);
      b.textContent = item.message;
      li.append(b);
    } else {
      li.append(el('span', item.message));
    }
    if (item.id === 'review-recent' && !item.passed) {
      const mr = el('button', l10n.t('Mark as Reviewed'), 'inline-action');
      mr.type = 'button';
      mr.addEventListener('click', () => vscode.postMessage({ type: 'markReviewed' }));
      li.append(' ', mr);
    }
    lis.push(li);
  });
  list.replaceChildren(...lis);
}

function render(u: ScorecardUpdate): void {
  if (latest && latest.uri === u.uri && u.version < latest.version) return; // an older answer
  latest = u;
  vscode.setState({ uri: u.uri });
  document.title = l10n.t('Readiness {0}', u.title);
  $('notice').hidden = true;
  renderHead(u);
  renderMatrix(u);
  renderItems(u);
  vscode.postMessage({ type: 'rendered', version: u.version });
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = readScorecardHostMessage(event.data);
  if (!msg) return;
  if (msg.type === 'update') render(msg);
  else {
    $('notice').textContent = msg.message;
    $('notice').hidden = false;
  }
});

$('mark-reviewed').addEventListener('click', () => vscode.postMessage({ type: 'markReviewed' }));

const restored = readScorecardState(vscode.getState());
if (!restored) {
  try {
    const s = readScorecardState(JSON.parse(document.body.dataset.state ?? 'null'));
    if (s) vscode.setState(s);
  } catch {
    // no state: a new panel
  }
}
vscode.postMessage({ type: 'ready' });
