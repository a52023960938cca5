// A TCP proxy between a client and PostgreSQL that reads the wire protocol going through it and
// records every statement (SQL text, text parameters, connection, sent and done times). The
// benchmark points a short-lived API instance at it to learn exactly which statements each
// route runs, without changing the app or the server's logging.

import { Buffer } from 'node:buffer';
import { connect, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Splits a byte stream into protocol messages: `typed` once the start-up message has gone. */
class MessageReader {
  constructor(onMessage, { startup }) {
    this.buffer = Buffer.alloc(0);
    this.startup = startup;
    this.onMessage = onMessage;
    this.skipBytes = 0;
  }

  push(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.skipBytes > 0) {
        const n = Math.min(this.skipBytes, this.buffer.length);
        this.buffer = this.buffer.subarray(n);
        this.skipBytes -= n;
        if (this.skipBytes > 0) return;
      }
      if (this.startup) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.onMessage(code === SSL_REQUEST || code === GSSENC_REQUEST ? 'ssl' : 'startup', null);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startup = false;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0]);
      this.onMessage(type, this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }
}

function cstring(payload, offset) {
  const end = payload.indexOf(0, offset);
  return [payload.toString('utf8', offset, end), end + 1];
}

function parseBind(payload) {
  let offset = 0;
  let portal;
  let statement;
  [portal, offset] = cstring(payload, offset);
  [statement, offset] = cstring(payload, offset);
  const formatCount = payload.readInt16BE(offset);
  offset += 2;
  const formats = [];
  for (let i = 0; i < formatCount; i++, offset += 2) formats.push(payload.readInt16BE(offset));
  const paramCount = payload.readInt16BE(offset);
  offset += 2;
  const params = [];
  for (let i = 0; i < paramCount; i++) {
    const length = payload.readInt32BE(offset);
    offset += 4;
    if (length < 0) {
      params.push(null);
      continue;
    }
    const binary = (formats.length === 1 ? formats[0] : formats[i]) === 1;
    const bytes = payload.subarray(offset, offset + length);
    params.push(binary ? `\\x${bytes.toString('hex')}` : bytes.toString('utf8'));
    offset += length;
  }
  return { portal, statement, params };
}

/**
 * Starts the proxy on `listenPort` (0: any) in front of `target`. `take()` returns and clears
 * the statements recorded so far.
 */
export async function startCaptureProxy({
  listenPort = 0,
  target = { host: '127.0.0.1', port: 5432 },
}) {
  let statements = [];
  let nextConnection = 1;
  const sockets = new Set();

  const server = createServer((client) => {
    const connection = nextConnection++;
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const prepared = new Map(); // statement name → SQL
    let pendingBind = null;
    let outstanding = [];
    let sslAnswerPending = false;

    const fromClient = new MessageReader(
      (type, payload) => {
        if (type === 'ssl') sslAnswerPending = true;
        else if (type === 'P') {
          const [name, offset] = cstring(payload, 0);
          const [sql] = cstring(payload, offset);
          prepared.set(name, sql);
        } else if (type === 'B') {
          pendingBind = parseBind(payload);
        } else if (type === 'E' && pendingBind) {
          const record = {
            connection,
            sql: prepared.get(pendingBind.statement) ?? '',
            params: pendingBind.params,
            sentAt: performance.now(),
            doneAt: null,
          };
          statements.push(record);
          outstanding.push(record);
          pendingBind = null;
        } else if (type === 'Q') {
          const [sql] = cstring(payload, 0);
          const record = { connection, sql, params: [], sentAt: performance.now(), doneAt: null };
          statements.push(record);
          outstanding.push(record);
        }
      },
      { startup: true },
    );
    const fromServer = new MessageReader(
      (type) => {
        if (type === 'Z') {
          const now = performance.now();
          for (const record of outstanding) record.doneAt = now;
          outstanding = [];
        }
      },
      { startup: false },
    );

    client.on('data', (chunk) => {
      fromClient.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (sslAnswerPending) {
        // the answer to SSLRequest is one untyped byte
        sslAnswerPending = false;
        fromServer.skipBytes = 1;
      }
      fromServer.push(chunk);
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });

  await new Promise((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    take() {
      const out = statements;
      statements = [];
      return out;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Groups the statements of one request into waves of statements sent in parallel. The pool
 * hands a released connection to the next query (last in, first out), so with one request at a
 * time a query awaited after another reuses its connection, while queries started together
 * (Promise.all) each hold their own: a statement opens a new wave when its connection already
 * served the current one.
 */
export function toWaves(statements) {
  const waves = [];
  let current = [];
  let connections = new Set();
  for (const s of [...statements].sort((a, b) => a.sentAt - b.sentAt)) {
    if (connections.has(s.connection)) {
      waves.push(current);
      current = [];
      connections = new Set();
    }
    current.push(s);
    connections.add(s.connection);
  }
  if (current.length) waves.push(current);
  return waves;
}
