import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Decodes a `Transfer-Encoding: chunked` body. */
function unchunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * Sends exactly these bytes over TCP and reads the answer until the server closes: requests that
 * `fetch` would refuse to send (broken request lines, huge headers, raw percent signs) go as written.
 * With `closeAfterWrite`, a connection closed without any answer resolves as status 0.
 */
export function rawRequest(
  base: string,
  bytes: Buffer | string,
  timeoutMs = 5000,
  closeAfterWrite = false,
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer in time'));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // the server may reset after answering; parse what came
    socket.on('close', () => {
      clearTimeout(timer);
      let all = Buffer.concat(chunks);
      // Interim answers (100 Continue) come before the real one.
      while (/^HTTP\/1\.1 1\d\d /.test(all.subarray(0, 13).toString('latin1'))) {
        const end = all.indexOf('\r\n\r\n');
        if (end < 0) break;
        all = all.subarray(end + 4);
      }
      if (all.length === 0 && closeAfterWrite) {
        resolve({ status: 0, headers: {}, body: '' });
        return;
      }
      const headEnd = all.indexOf('\r\n\r\n');
      if (headEnd < 0) {
        reject(new Error(`no HTTP answer: ${JSON.stringify(all.toString('latin1'))}`));
        return;
      }
      const [statusLine = '', ...lines] = all.subarray(0, headEnd).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const rest = all.subarray(headEnd + 4);
      // Only the first answer: bytes the server read as a second request may be answered too.
      const length = headers['content-length'];
      const head = Buffer.isBuffer(bytes) ? bytes.subarray(0, 5).toString('latin1') : bytes;
      const body = head.startsWith('HEAD ')
        ? Buffer.alloc(0)
        : headers['transfer-encoding'] === 'chunked'
          ? unchunk(rest)
          : length === undefined
            ? rest
            : rest.subarray(0, Number(length));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') });
    });
    // Half-closing tells the server no more bytes come, so a request that promised a longer body
    // ends instead of waiting; the server may then close without answering (status 0).
    if (closeAfterWrite) socket.end(bytes);
    else socket.write(bytes);
  });
}

/** A request with `Connection: close`, so the answer ends when the server closes. */
export function httpRequest(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body: Buffer | string = '',
): Buffer {
  const all: Record<string, string> = {
    host: '127.0.0.1',
    connection: 'close',
    ...(body.length > 0 ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...headers,
  };
  const head =
    `${method} ${path} HTTP/1.1\r\n` +
    Object.entries(all)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    '\r\n';
  return Buffer.concat([
    Buffer.from(head, 'latin1'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}
