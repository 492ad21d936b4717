/** The words the playbook uses for the format's values (levels, question types), in the user's language. */
import * as l10n from '@vscode/l10n';
import type { DiagramKind } from '../diagram/diagram';
import { plural } from '../l10n';
import type { Level, Playbook, StepText } from './playbook';

/** What a level rates; the word for the level agrees with it in languages with grammatical gender. */
export type Rated = 'likelihood' | 'impact' | 'influence';

export function levelLabel(level: Level, rated: Rated): string {
  switch (rated) {
    case 'likelihood':
      return level === 'low' ? l10n.t({ message: 'low', comment: 'the likelihood of a risk' })
        : level === 'medium' ? l10n.t({ message: 'medium', comment: 'the likelihood of a risk' })
          : l10n.t({ message: 'high', comment: 'the likelihood of a risk' });
    case 'impact':
      return level === 'low' ? l10n.t({ message: 'low', comment: 'the impact of a risk' })
        : level === 'medium' ? l10n.t({ message: 'medium', comment: 'the impact of a risk' })
          : l10n.t({ message: 'high', comment: 'the impact of a risk' });
    case 'influence':
      return level === 'low' ? l10n.t({ message: 'low', comment: "a decision maker's influence" })
        : level === 'medium' ? l10n.t({ message: 'medium', comment: "a decision maker's influence" })
          : l10n.t({ message: 'high', comment: "a decision maker's influence" });
  }
}

/** A known level in words; any other text as written. */
export function levelText(value: string | undefined, rated: Rated): string | undefined {
  return value === 'low' || value === 'medium' || value === 'high' ? levelLabel(value, rated) : value;
}

/** The heading of a group of discovery questions (SPIN types; undefined: no type given). */
export function questionTypeTitle(type: string | undefined): string {
  switch (type) {
    case 'situation':
      return l10n.t('Situation questions');
    case 'problem':
      return l10n.t('Problem questions');
    case 'implication':
      return l10n.t('Implication questions');
    case 'need_payoff':
      return l10n.t('Need-payoff questions');
    default:
      return l10n.t('Other questions');
  }
}

/** A picture's heading. */
export function diagramTitle(kind: DiagramKind): string {
  switch (kind) {
    case 'cycle':
      return l10n.t('Sales cycle');
    case 'map':
      return l10n.t('Account map');
    case 'chains':
      return l10n.t('Approval chains');
  }
}

/** The section headings, shared by the HTML and the Markdown playbook. */
export const SECTION_TITLE = {
  readiness: () => l10n.t('Readiness'),
  decisionMakers: () => l10n.t('Decision makers'),
  identification: () => l10n.t('How to reach them'),
  gatekeepers: () => l10n.t('Getting past the gatekeepers'),
  questions: () => l10n.t('Discovery questions'),
  actions: () => l10n.t('Advancement actions by stage'),
  chains: () => l10n.t('Approval chains'),
  objections: () => l10n.t('Objections and responses'),
  risks: () => l10n.t('Risks'),
};

/** The column headings of each table. */
export const COLUMNS = {
  coverage: () => [l10n.t('Decision maker'), l10n.t('Identified'), l10n.t('Positioned'), l10n.t('Questioned'), l10n.t('Reached'), l10n.t('Attitude known')],
  decisionMakers: () => [l10n.t('Title'), l10n.t('Name'), l10n.t('Role'), l10n.t('Influence'), l10n.t('Attitude'), l10n.t('How we position ourselves'), l10n.t('Interests and notes')],
  identification: () => [l10n.t('Source'), l10n.t('Method'), l10n.t('Finds')],
  gatekeepers: () => [l10n.t('Technique'), l10n.t('Script'), l10n.t('When'), l10n.t('Gets us to')],
  actions: () => [l10n.t('Action'), l10n.t('Who does it'), l10n.t('With'), l10n.t('Success looks like')],
};

/** The labelled facts under the title. */
export function headerFacts(p: Playbook): Array<[string, string | undefined]> {
  return [
    [l10n.t('Account'), p.account],
    [l10n.t('Product'), p.product],
    [l10n.t('Owner'), p.owner],
    [l10n.t('Reviewed'), p.reviewed],
  ];
}

/** The note at the top of a playbook exported from a tactic with errors. */
export function errorsNote(count: number): string {
  return plural(count, {
    one: () => l10n.t({ message: 'This tactic has {0} error. The playbook shows what could be read; fix it in the editor for a complete brief.', args: [count], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [count], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [count], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [count], comment: ['plural: other'] }),
  });
}

/** One step of an approval chain in words (plain text: each format escapes it). */
export function stepText(s: StepText): string {
  switch (s.kind) {
    case 'person':
      return s.who;
    case 'parallel':
      return l10n.t('In parallel: {0}', s.who.join(', '));
    case 'body':
      return s.members.length ? l10n.t('{0} (members: {1})', s.body, s.members.join(', ')) : s.body;
  }
}

/** The other words both formats write, each said once. */
export const WORDS = {
  allPass: () => l10n.t('Every check passes.'),
  anyStage: () => l10n.t('At any stage'),
  appliesWhen: () => l10n.t('Applies when:'),
  ask: () => l10n.t('Ask:'),
  atStage: () => l10n.t('At stage:'),
  cannotDraw: (problem: string) => l10n.t('This picture cannot be drawn: {0}', problem),
  checksPass: (passed: number, total: number) => l10n.t('({0} of {1} checks pass)', passed, total),
  coverage: () => l10n.t('Coverage of the decision makers'),
  emptyBlock: () => l10n.t('Nothing in this block yet.'),
  generatedOn: (date: string) => l10n.t('Playbook generated by Sales Tactics on {0}.', date),
  impact: () => l10n.t('Impact:'),
  likelihood: () => l10n.t('Likelihood:'),
  matrixCorner: () => l10n.t('Likelihood ↓ / impact →'),
  mitigation: () => l10n.t('Mitigation:'),
  no: () => l10n.t('✗ no'),
  noMitigation: () => l10n.t('No mitigation yet.'),
  noResponse: () => l10n.t('No response yet.'),
  noScore: (reason: string) => l10n.t('No readiness score: {0}', reason),
  notRated: () => l10n.t('Not rated:'),
  openItems: () => l10n.t('Open items'),
  raisedBy: () => l10n.t('Raised by:'),
  reveals: () => l10n.t('Reveals:'),
  runsAtStage: () => l10n.t('Runs at stage:'),
  score: (score: number) => l10n.t('{0} of 100', score),
  signals: () => l10n.t('Signals:'),
  weakest: () => l10n.t('Weakest point:'),
  yes: () => l10n.t('✓ yes'),
};
