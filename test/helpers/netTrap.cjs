// Preloaded into a process under test (node --require): every way Node can reach the network
// writes "NETWORK ATTEMPT: …" to stderr and fails, so a test can assert that none happened.
const report = (what) => {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  throw new Error(`network access is not allowed in this process (${what})`);
};
const net = require('node:net');
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = args[0];
  // Local IPC (a pipe path) is how a language server may talk to its client; TCP/UDP is not.
  const isPipe = typeof o === 'string' || (o && typeof o === 'object' && typeof o.path === 'string');
  if (!isPipe) report(`net connect ${JSON.stringify(o)}`);
  return origConnect.apply(this, args);
};
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  m.request = (...a) => report(`${mod} request ${String(a[0]?.href ?? a[0]?.host ?? a[0])}`);
  m.get = (...a) => report(`${mod} get ${String(a[0]?.href ?? a[0]?.host ?? a[0])}`);
}
require('node:http2').connect = (u) => report(`http2 connect ${u}`);
require('node:tls').connect = (...a) => report(`tls connect ${JSON.stringify(a[0])}`);
require('node:dgram').createSocket = () => report('dgram socket');
const dns = require('node:dns');
dns.lookup = (h) => report(`dns lookup ${h}`);
dns.resolve = (h) => report(`dns resolve ${h}`);
globalThis.fetch = (u) => report(`fetch ${u}`);
globalThis.WebSocket = function () { report('WebSocket'); };
