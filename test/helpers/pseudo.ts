/**
 * A pseudo-locale for finding strings left untranslated: every message of `l10n/bundle.l10n.json`
 * wrapped in ⟪…⟫ (placeholders kept), so any user-facing text without the markers did not go
 * through `l10n.t`. The markers are plain YAML and plain Markdown, so templates stay valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './service';

export const OPEN = '\u27EA';
export const CLOSE = '\u27EB';

export function pseudoBundle(): Record<string, string> {
  const english = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string | { message: string }>;
  return Object.fromEntries(Object.entries(english).map(([key, v]) => [key, `${OPEN}${typeof v === 'string' ? v : v.message}${CLOSE}`]));
}

/** Whether `text` went through the pseudo bundle (holds a marked message). */
export const marked = (text: string | undefined): boolean => !!text && text.includes(OPEN) && text.includes(CLOSE);
