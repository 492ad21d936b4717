/** unidentified-, unpositioned- and unreached-decision-maker: every DM found, positioned and reached. */
import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import { definitionsOf } from '../../model/model';
import type { BlockKey } from '../../domain/blocks';
import type { Rule, RuleContext } from './rule';

function uncovered(ctx: RuleContext, block: BlockKey, field: string, message: (id: string) => string): void {
  // When the whole block is missing, missing-block already says so; one finding per DM would be noise.
  if (!ctx.model.blocks.has(block)) return;
  const covered = new Set(ctx.model.references.filter((r) => r.block === block && r.field === field).map((r) => r.id));
  for (const def of definitionsOf(ctx.model, 'decision_maker').values()) {
    if (covered.has(def.id)) continue;
    const span = nodeSpan(def.node);
    if (span) ctx.report(span[0], span[1], message(def.id), { id: def.id });
  }
}

export const unidentifiedDecisionMaker: Rule = {
  id: 'unidentified-decision-maker',
  defaultSeverity: 'information',
  get description() { return l10n.t('No `identification` entry `finds` this decision maker.'); },
  runsOnBrokenDocument: false,
  check: (ctx) => uncovered(ctx, 'identification', 'finds', (id) => l10n.t('No `identification` entry finds `{0}`: add a way to find out who this decision maker is.', id)),
};

export const unpositionedDecisionMaker: Rule = {
  id: 'unpositioned-decision-maker',
  defaultSeverity: 'information',
  get description() { return l10n.t('No `positioning` entry is `for` this decision maker.'); },
  runsOnBrokenDocument: false,
  check: (ctx) => uncovered(ctx, 'positioning', 'for', (id) => l10n.t('No `positioning` entry is for `{0}`: say how the manager presents themself to this decision maker.', id)),
};

export const unreachedDecisionMaker: Rule = {
  id: 'unreached-decision-maker',
  defaultSeverity: 'information',
  get description() { return l10n.t('No `advancement_actions` entry is `for` this decision maker.'); },
  runsOnBrokenDocument: false,
  check: (ctx) => uncovered(ctx, 'advancement_actions', 'for', (id) => l10n.t('No `advancement_actions` entry is for `{0}`: plan a move that reaches this decision maker.', id)),
};
