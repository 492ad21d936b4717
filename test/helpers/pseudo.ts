/**
 * A pseudo-locale for finding strings left untranslated: every message of `l10n/bundle.l10n.json`
 * wrapped in ⟪…⟫ (placeholders kept), so any user-facing text without the markers did not go
 * through `l10n.t`. The markers are plain YAML and plain Markdown, so templates stay valid.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Whether the messages of a part of the source (a folder or a file under the repository) are
 * `l10n.t` calls yet. The three l10n branches convert different parts; a pseudo-locale assertion
 * about a part runs once that part is converted, so after the merge every assertion runs.
 */
export function converted(path: string): boolean {
  const abs = join(ROOT, path);
  const files = statSync(abs).isDirectory() ? walk(abs) : [abs];
  return files.some((f) => /\bl10n\.t\(/.test(readFileSync(f, 'utf8')));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

/** What a skipped assertion says while its part is converted in another branch. */
export const pending = (path: string): string | false => (converted(path) ? false : `${path} is converted to l10n.t in another branch`);
