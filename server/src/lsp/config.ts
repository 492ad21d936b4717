/**
 * Lint configuration per document: VS Code's `tactic.lint.*` settings through
 * `workspace/configuration`, cached until the client says the settings changed.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_LINT_CONFIG, LintConfig, SeverityOrOff } from '../service';
import { RULES_BY_ID } from '../service/rules';

/** The `tactic.lint` section as VS Code sends it. */
export interface LintSettings {
  rules?: Record<string, unknown>;
  staleReviewDays?: unknown;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings are user input too: unknown rules and bad values are ignored, not trusted. */
export function lintConfigFromSettings(settings: LintSettings | null | undefined, base: LintConfig = DEFAULT_LINT_CONFIG): LintConfig {
  const rules: Record<string, SeverityOrOff> = { ...base.rules } as Record<string, SeverityOrOff>;
  if (settings && typeof settings.rules === 'object' && settings.rules) {
    for (const [id, sev] of Object.entries(settings.rules)) {
      if (RULES_BY_ID.has(id) && typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as SeverityOrOff;
    }
  }
  const days = settings?.staleReviewDays;
  const staleReviewDays = typeof days === 'number' && Number.isFinite(days) && days >= 0 ? days : base.staleReviewDays;
  return { rules, staleReviewDays };
}

export class ConfigStore {
  private readonly cache = new Map<string, Promise<LintSettings | null>>();
  /** Set from the client's capabilities; without it, defaults apply. */
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  async settingsFor(uri: string): Promise<LintSettings | null> {
    if (!this.supportsConfiguration) return null;
    let p: Promise<LintSettings | null> | undefined = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'tactic.lint' })
        .then((s: unknown) => (s && typeof s === 'object' ? (s as LintSettings) : null), () => null);
      this.cache.set(uri, p);
    }
    return p;
  }

  async lintConfigFor(uri: string): Promise<LintConfig> {
    return lintConfigFromSettings(await this.settingsFor(uri));
  }

  forget(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}
