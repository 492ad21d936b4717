/**
 * `tactic/playbook`: an open document as a playbook, for Export Playbook… and Preview Playbook.
 * The exported HTML inlines the diagram renderer that sits beside the server (dist/webview); the
 * preview asks for the body only and draws with the webview's own copy of it.
 */
import { basename } from 'node:path';
import { PLAYBOOK_METHOD, PlaybookParams, PlaybookResponse } from '../../protocol';
import { isPlaybookFormat } from '../../service';
import { playbookScript } from '../../node/playbookScript';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const playbookFeature: ServerFeature = {
  register(ctx) {
    ctx.connection.onRequest(PLAYBOOK_METHOD, (params: PlaybookParams | undefined, token) => runSafe(ctx.log, 'playbook', token, async (): Promise<PlaybookResponse | null> => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      if (!uri || !isPlaybookFormat(params?.format)) return null;
      const lint = await ctx.config.lintConfigFor(uri); // before the parse: see codeActions.ts
      const open = ctx.parsed(uri);
      if (!open) return null;
      const bodyOnly = params.format === 'html' && params.bodyOnly === true;
      const result = ctx.service.playbook(open.parsed, {
        format: params.format,
        fallbackTitle: fileTitle(uri),
        bodyOnly,
        script: params.format === 'html' && !bodyOnly ? playbookScript() : undefined,
      }, lint);
      return { uri: open.document.uri, version: open.document.version, ...result };
    }));
  },
};

/** `deal.tactic.yaml` → `deal`: the title of a tactic without `tactic:`. */
function fileTitle(uri: string): string {
  let name = uri.replace(/[?#].*$/, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it encoded
  }
  return basename(name).replace(/\.tactic\.ya?ml$/i, '');
}
