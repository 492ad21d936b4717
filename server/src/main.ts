/**
 * Entry of `tactic-language-server`: `node dist/server.js --stdio` (or --node-ipc / --socket=N,
 * which vscode-languageserver reads from the command line).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);

// stdout carries the protocol: a stray console.log would corrupt it, so send logs to the client.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

// Last line of defence: a bug must cost one answer, not the server.
process.on('uncaughtException', (e) => connection.console.error(`Uncaught exception: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? e}`));

startServer(connection);
