/** The words the playbook uses for the format's values (levels, question types), in the user's language. */
import * as l10n from '@vscode/l10n';
import type { DiagramKind } from '../diagram/diagram';
import type { Level } from './playbook';

export function levelLabel(level: Level): string {
  switch (level) {
    case 'low':
      return l10n.t('low');
    case 'medium':
      return l10n.t('medium');
    case 'high':
      return l10n.t('high');
  }
}

/** A known level in words; any other text as written. */
export function levelText(value: string | undefined): string | undefined {
  return value === 'low' || value === 'medium' || value === 'high' ? levelLabel(value) : value;
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
