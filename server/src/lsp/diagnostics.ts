/**
 * Publishes diagnostics on open and change, debounced per document. The delay adapts to how long
 * the last validation of that document took, so small tactics answer at once (a few milliseconds
 * to gather a burst of edits) and huge ones do not re-validate on every keystroke. A result is
 * published only for the version it was computed for.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TacticService } from '../service';
import type { ConfigStore } from './config';
import type { ParseCache } from './parseCache';
import { Logger, runDetached } from './runSafe';

/** Long enough to take a burst of edits (paste, multi-cursor, undo) as one. */
const MIN_DELAY_MS = 5;
/**
 * A validation cheaper than this fits between keystrokes even when typing fast, so it only waits
 * MIN_DELAY_MS; a dearer one waits as long as it takes, so typing never queues them back to back.
 */
const CHEAP_VALIDATION_MS = 20;
/**
 * Large documents re-parse incrementally (tens of ms), so even they need not wait long. The first
 * edits after an open meet colder code (about 100 ms at 20,000 lines); waiting that long again
 * after them slowed the next diagnostics by as much (20,000-line edits 138 → 105 ms with 50 here,
 * bench/compareProbe.ts).
 */
const MAX_DELAY_MS = 50;

export class DiagnosticsPublisher {
  /** The validation waiting to run, per document. */
  private readonly timers = new Map<string, { cancel(): void }>();
  private readonly lastCost = new Map<string, number>();
  /** What was last published per document, with the version it is for. */
  private readonly published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: TacticService,
    private readonly cache: ParseCache,
    private readonly config: ConfigStore,
    private readonly log: Logger,
  ) {}

  /**
   * Validate soon (at once for a document not published yet, as on open); a newer call for the
   * same document replaces a pending one.
   */
  schedule(uri: string): void {
    this.timers.get(uri)?.cancel();
    const cost = this.lastCost.get(uri) ?? 0;
    const run = () => {
      this.timers.delete(uri);
      runDetached(this.log, 'diagnostics', () => this.validate(uri));
    };
    // A document not published yet (an open) goes next, after the messages already received
    // (setTimeout(0) would wait a millisecond); later versions wait for the burst to end.
    if (!this.published.has(uri)) {
      const immediate = setImmediate(run);
      this.timers.set(uri, { cancel: () => clearImmediate(immediate) });
    } else {
      const timeout = setTimeout(run, cost < CHEAP_VALIDATION_MS ? MIN_DELAY_MS : Math.min(MAX_DELAY_MS, cost));
      this.timers.set(uri, { cancel: () => clearTimeout(timeout) });
    }
  }


  scheduleAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri);
  }

  clear(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    this.lastCost.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  private async validate(uri: string): Promise<void> {
    if (!this.documents.get(uri)) return;
    const asking = !this.config.hasSettingsFor(uri);
    const configured = this.config.lintConfigFor(uri);
    // The parse does not depend on the settings: it runs while a first document's settings are
    // on their way from the client (a round trip), and the validation below finds it cached.
    // The connection writes the request in a later microtask, so it leaves only once this
    // function awaits: a turn of the event loop first, or the round trip starts after the parse.
    if (asking) await new Promise((resolve) => setImmediate(resolve));
    const before = this.documents.get(uri);
    if (!before) return;
    const p0 = performance.now();
    this.cache.get(before);
    const parseCost = performance.now() - p0;
    const config = await configured;
    const document = this.documents.get(uri);
    // Closed, or changed while the configuration was fetched: that change has its own run.
    if (!document || document.version !== before.version) return;
    const t0 = performance.now();
    const diagnostics = this.service.validate(this.cache.get(document), config);
    // The first run of a document pays for cold code and a whole read; later runs (warm, and
    // incremental for large documents) are what typing costs, so only they set the delay.
    const cost = parseCost + performance.now() - t0;
    if (this.published.has(uri)) this.lastCost.set(uri, cost);
    this.published.set(uri, { version: document.version, diagnostics });
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /**
   * The diagnostics published for this version of the document, if they are current. Code actions
   * and Lint Workspace use them instead of validating the same text again.
   */
  current(document: TextDocument): Diagnostic[] | undefined {
    const last = this.published.get(document.uri);
    return last && last.version === document.version ? last.diagnostics : undefined;
  }
}
