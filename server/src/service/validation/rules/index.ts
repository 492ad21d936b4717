/** Every lint rule of the format, in the order of the format page. */
import { yamlSyntax, schema } from './builtin';
import { ambiguousBranch } from './ambiguousBranch';
import { noCoach, noEconomicBuyer } from './buyingRoles';
import { chainWithoutEconomicBuyer } from './chainWithoutEconomicBuyer';
import { unidentifiedDecisionMaker, unpositionedDecisionMaker, unreachedDecisionMaker } from './coverage';
import { duplicateChain } from './duplicateChain';
import { reportingCycle } from './reportingCycle';
import { unmitigatedOpponent } from './unmitigatedOpponent';
import { deadEndStage } from './deadEndStage';
import { duplicateId } from './duplicateId';
import { emptyBlock } from './emptyBlock';
import { missingBlock } from './missingBlock';
import { missingSalesCycle } from './missingSalesCycle';
import { noWonPath } from './noWonPath';
import { objectionWithoutResponse } from './objectionWithoutResponse';
import { riskWithoutMitigation } from './riskWithoutMitigation';
import type { Rule } from './rule';
import { staleReview } from './staleReview';
import { unknownReference } from './unknownReference';
import { unknownSuppression } from './unknownSuppression';
import { unreachableStage } from './unreachableStage';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  missingBlock,
  emptyBlock,
  missingSalesCycle,
  duplicateId,
  unknownReference,
  unreachableStage,
  deadEndStage,
  noWonPath,
  objectionWithoutResponse,
  riskWithoutMitigation,
  unidentifiedDecisionMaker,
  unpositionedDecisionMaker,
  staleReview,
  // format v2
  noEconomicBuyer,
  noCoach,
  unreachedDecisionMaker,
  unmitigatedOpponent,
  chainWithoutEconomicBuyer,
  duplicateChain,
  reportingCycle,
  ambiguousBranch,
  unknownSuppression,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule, RuleContext } from './rule';
