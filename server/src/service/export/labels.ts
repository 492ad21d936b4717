/** The words the playbook uses for the format's values (levels, question types), in the user's language. */
import * as l10n from '@vscode/l10n';
import type { DiagramKind } from '../diagram/diagram';
import type { Level } from './playbook';

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
