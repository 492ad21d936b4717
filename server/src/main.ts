/**
 * Entry of `tactic-language-server`: `node dist/server.js --stdio` (or --node-ipc / --socket=N,
 * which vscode-languageserver reads from the command line).
 */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './server';

// Keep V8's young generation at its initial size instead of letting it double up to 16 MB per
// semi-space: parsing a large tactic allocates in bursts, and the grown young generation stayed
// resident. Measured by `npm run bench` (peak RSS rows); the README's performance section has the
// figures. V8 reads this flag each time it would grow the young generation, so setting it at
// start-up takes effect however the server was launched.
setFlagsFromString('--semi-space-growth-factor=1');

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
