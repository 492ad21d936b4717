import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import { reachableStages, startStage } from '../../model/cycleGraph';
import type { Rule } from './rule';

export const unreachableStage: Rule = {
  id: 'unreachable-stage',
  defaultSeverity: 'warning',
  get description() { return l10n.t('No path from `start` (by default the first stage) reaches the stage.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const cycle = ctx.model.cycle;
    if (!cycle || !startStage(cycle)) return;
    const reachable = reachableStages(cycle);
    for (const stage of cycle.stages) {
      if (stage.id === undefined || reachable.has(stage.id)) continue;
      const span = nodeSpan(stage.idNode);
      if (span) ctx.report(span[0], span[1], l10n.t("No path from the start stage reaches `{0}`: add it to some stage's `next`, or remove it.", stage.id), { id: stage.id });
    }
  },
};
