/**
 * The readiness scorecard's script (bundled into dist/webview/scorecard.js). Builds the coverage
 * matrix and the tactic's checklist from checked messages (scorecardMessages.ts), only ever as
 * text nodes: every string comes from the user's tactic. A missing cell or item is a button that
 * asks the extension to select its place in the editor.
 */
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
const $ = (id: string) => document.getElementById(id) as HTMLElement;

const COLUMN_TITLES: Record<CoverageColumn, string> = {
  identified: 'Identified',
  positioned: 'Positioned',
  questioned: 'Questioned',
  reached: 'Reached',
  attitude: 'Attitude known',
};

const ITEM_TITLES: Record<string, string> = {
  'block-present': 'Block',
  'won-path': 'Won path',
  'economic-buyer': 'Economic buyer',
  coach: 'Coach',
  'objections-answered': 'Objections answered',
  'risks-mitigated': 'Risks mitigated',
  'chains-with-economic-buyer': 'Approval chains with an economic buyer',
  'review-recent': 'Review',
};

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
  b.title = `${description} (click to go there)`;
  b.setAttribute('aria-label', `${label}: ${description} Go to the place in the tactic.`);
  b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', item: index, version: update.version }));
  return b;
}

function renderHead(u: ScorecardUpdate): void {
  $('score').textContent = u.score === null ? 'Readiness: no score' : `Readiness ${u.score}%`;
  $('score').title = u.score === null ? '' : `${u.passed} of ${u.total} items pass`;
  $('weakest').textContent = u.score === null
    ? (u.noScoreReason ?? 'The text is not a tactic.')
    : `${u.passed} of ${u.total} items pass. ${u.weakestPoint ?? 'Every item passes.'}`;
  $('review').textContent = u.reviewed === null
    ? `No review date (stale after ${u.staleReviewDays} days).`
    : `Reviewed ${u.reviewed}, ${u.reviewAgeDays} ${u.reviewAgeDays === 1 ? 'day' : 'days'} ago${(u.reviewAgeDays ?? 0) > u.staleReviewDays ? ' \u2014 stale' : ''} (stale after ${u.staleReviewDays} days).`;
}

function renderMatrix(u: ScorecardUpdate): void {
  const table = $('coverage');
  const rows: HTMLElement[] = [];
  const caption = el('caption', 'Coverage of each decision maker: \u2713 done, \u2717 missing (click a \u2717 to go to it)');
  const head = el('tr');
  head.append(el('th', 'Decision maker'));
  for (const c of COVERAGE_COLUMNS) {
    const th = el('th', COLUMN_TITLES[c]);
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
      const word = cell.passed ? 'yes' : 'no';
      const description = item?.message ?? `${COLUMN_TITLES[c]}: ${word}`;
      if (!cell.passed && item?.hasRange) {
        const b = revealButton(u, cell.item, `${row.id} ${COLUMN_TITLES[c].toLowerCase()}`, description);
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
    const label = item.id === 'block-present' && item.subject ? `Block ${item.subject}` : (ITEM_TITLES[item.id] ?? item.id);
    li.append(el('strong', ` ${label}: `));
    if (!item.passed && item.hasRange) {
      const b = revealButton(u, index, label, item.message);
      b.textContent = item.message;
      li.append(b);
    } else {
      li.append(el('span', item.message));
    }
    if (item.id === 'review-recent' && !item.passed) {
      const mr = el('button', 'Mark as Reviewed', 'inline-action');
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
  document.title = `Readiness ${u.title}`;
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
