/** One parse per document version, shared by diagnostics and every request handler. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedTactic, TacticService } from '../service';

export class ParseCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedTactic }>();

  constructor(private readonly service: TacticService) {}

  get(document: TextDocument): ParsedTactic {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version) return hit.parsed;
    const parsed = this.service.parse(document.getText(), hit?.parsed);
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
