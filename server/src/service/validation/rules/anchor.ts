/** Where to point findings about something that is absent: the `tactic` title key, else the first key. */
import type { Node } from 'yaml';
import { getPair, nodeSpan } from '../../parsing/ast';
import type { TacticDocument } from '../../parsing/parse';

export function headerAnchor(doc: TacticDocument): [number, number] {
  const root = doc.root;
  const title = getPair(root, 'tactic');
  const span = nodeSpan(title?.key as Node) ?? nodeSpan(root?.items[0]?.key as Node);
  return span ?? [0, 0];
}
