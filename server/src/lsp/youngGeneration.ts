/**
 * How much V8's young generation may grow, from the size of the open documents.
 *
 * Validating a document allocates short-lived objects in proportion to its size. By default V8
 * lets the young generation grow to 16 MB per semi-space; for tactics up to a few thousand lines
 * that grown space is never needed again but stays resident (peak RSS of a 5,000-line tactic:
 * 108 MB grown, 80 MB kept small, `npm run bench`). For very large documents the opposite holds:
 * a small young generation promotes each validation's temporaries to the old generation, which
 * then grows (20,000 lines: 147 MB grown, 164–173 MB kept small). So the young generation stays
 * at its initial size until a document of LARGE_DOCUMENT characters is open.
 *
 * V8 reads --semi-space-growth-factor each time it would grow the young generation, so setting it
 * while running takes effect (the bench rows above are the check); 2 is V8's default.
 */
import { setFlagsFromString } from 'node:v8';

export const LARGE_DOCUMENT = 512 * 1024;

let growing: boolean | undefined;

/** Sets the policy for the largest open document's length; cheap to call on every change. */
export function fitYoungGeneration(largestDocumentLength: number): void {
  const grow = largestDocumentLength >= LARGE_DOCUMENT;
  if (grow === growing) return;
  growing = grow;
  setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
}
