/**
 * The facts the lint rules and the readiness checklist both judge, stated once: whether an
 * objection is answered, a risk mitigated, a chain signed by an economic buyer.
 */
import { isSeq, YAMLMap } from 'yaml';
import type { Document } from 'yaml';
import { getPair, scalarText } from '../parsing/ast';
import { deref } from './model';
import { Chain, People, stepMembers } from './people';

/** An objection with at least one entry under `responses`. */
export function isAnswered(objection: YAMLMap, doc: Document): boolean {
  const responses = deref(getPair(objection, 'responses')?.value, doc);
  return isSeq(responses) && responses.items.length > 0;
}

/** A risk whose `mitigation` is text that is not blank (`mitigation:` and `~` are null, not text). */
export function isMitigated(risk: YAMLMap, doc: Document): boolean {
  return (scalarText(deref(getPair(risk, 'mitigation')?.value, doc)) ?? '').trim() !== '';
}

/** Some step of the chain (a person, a parallel signer or a body member) is an economic buyer. */
export function signedByEconomicBuyer(chain: Chain, people: People): boolean {
  return chain.steps.some((step) => stepMembers(step).some((m) => people.byId.get(m.id)?.role === 'economic_buyer'));
}
