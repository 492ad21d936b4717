/**
 * The handler of a request about one open tactic: `answer` gets the document with its cached
 * parse and the request's params; a document that is not open gets null. It runs through runSafe,
 * so cancellation is honoured and an exception becomes an error response.
 */
import type { CancellationToken } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { runSafe } from './runSafe';

export type OpenTactic = NonNullable<ReturnType<ServerContext['parsed']>>;

export function documentRequest<P extends { textDocument: { uri: string } }, R>(
  ctx: ServerContext,
  name: string,
  answer: (open: OpenTactic, params: P) => R,
) {
  return (params: P, token: CancellationToken) => runSafe(ctx.log, name, token, () => {
    const open = ctx.parsed(params.textDocument.uri);
    return open ? answer(open, params) : null;
  });
}
