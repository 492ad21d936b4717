import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { reachableStages, startStage } from '../../model/cycleGraph';
import type { Rule } from './rule';

export const noWonPath: Rule = {
  id: 'no-won-path',
  defaultSeverity: 'warning',
  get description() { return l10n.t('No path from `start` (by default the first stage) reaches a `won` stage.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const cycle = ctx.model.cycle;
    if (!cycle || cycle.stages.length === 0) return;
    const start = startStage(cycle);
    if (!start) return; // an undefined start is reported by unknown-reference
    const reachable = reachableStages(cycle);
    if (cycle.stages.some((s) => s.outcome === 'won' && s.id !== undefined && reachable.has(s.id))) return;
    const span = nodeSpan(cycle.startNode) ?? nodeSpan(cycle.pair.key as Node);
    if (span) ctx.report(span[0], span[1], l10n.t('No path through the sales cycle reaches a stage with `outcome: won`: the cycle never closes a deal.'));
  },
};
