import { gzipSync } from 'node:zlib';
import { COMMANDS, COMMAND_NAMES } from '@intervision/shared';

/** A small seeded PRNG (mulberry32): the same seed replays the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fuzz {
  constructor(readonly random: () => number) {}

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  string(maxLength = 40): string {
    const alphabet = 'abcXYZ019 _-:%./\\"\'<>{}[]\u0000\u00e9\u{1F600}\u202e\n';
    const chars = Array.from(alphabet);
    let s = '';
    const n = this.int(maxLength + 1);
    for (let i = 0; i < n; i++) s += this.pick(chars);
    return s;
  }

  /** Any JSON-ish value, including the shapes that break careless handlers. */
  value(depth = 0): unknown {
    const kinds = depth > 4 ? 8 : 14;
    switch (this.int(kinds)) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 60, 3600, 3601, 1e3]);
      case 3:
        return this.string();
      case 4:
        return 'x'.repeat(this.pick([0, 1, 500, 501, 4000]));
      case 5:
        return this.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
      case 6:
        return new Uint8Array(this.int(64)).map(() => this.int(256));
      case 7:
        return this.pick([{}, [], '', 'null', '{}']);
      case 8:
        return Array.from({ length: this.int(6) }, () => this.value(depth + 1));
      case 9:
        return this.pollutingObject();
      case 10:
        return this.deeplyNested(this.pick([50, 200, 1000]));
      case 11: {
        const o: Record<string, unknown> = {};
        for (let i = this.int(6); i > 0; i--) o[this.string(12)] = this.value(depth + 1);
        return o;
      }
      default:
        return this.commandLikeObject(depth);
    }
  }

  /** Objects with `__proto__`/`constructor` as own keys, as JSON.parse would make them. */
  pollutingObject(): unknown {
    return JSON.parse(
      this.pick([
        '{"__proto__": {"polluted": "yes"}}',
        '{"constructor": {"prototype": {"polluted": "yes"}}}',
        '{"seconds": 60, "__proto__": {"seconds": 1}}',
        '{"identity": "x", "__proto__": {"polluted": "yes"}}',
        '{"text": "q", "constructor": {"prototype": {"polluted": "yes"}}}',
      ]),
    ) as unknown;
  }

  deeplyNested(depth: number): unknown {
    let v: unknown = 'bottom';
    for (let i = 0; i < depth; i++) v = this.chance(0.5) ? [v] : { a: v };
    return v;
  }

  /** Near-valid payloads, so validation is hit on its edges and not only by garbage. */
  commandLikeObject(depth: number): unknown {
    const keys = ['seconds', 'identity', 'text', 'clientSentAt', 'extra'];
    const o: Record<string, unknown> = {};
    for (const k of keys) if (this.chance(0.4)) o[k] = this.value(depth + 1);
    return o;
  }
}

export const KNOWN_EVENTS: string[] = [...COMMAND_NAMES];

/** The events a role may send, so most of its payloads get past the role check to validation. */
export function eventsFor(role: 'chair' | 'presenter' | 'peer'): string[] {
  return COMMAND_NAMES.filter((name) => (COMMANDS[name].roles as readonly string[]).includes(role));
}

/** Names the server does not handle; none of them is reserved by the Socket.IO client. */
export const UNKNOWN_EVENTS = [
  'phase:jump',
  'session:delete',
  'admin:promote',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'SESSION:START',
  'session:start ',
  '',
];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'FOO', 'get'];

/** A malformed or hostile HTTP request, as raw bytes. */
export function malformedHttpRequest(f: Fuzz, sessionId: string): Buffer {
  const id = f.pick([
    sessionId,
    'nope',
    '%ZZ',
    '..%2F..',
    'a'.repeat(300),
    '\u00e9',
    sessionId.toUpperCase(),
  ]);
  let path = f.pick([
    '/api/sessions',
    `/api/sessions/${id}/join`,
    `/api/sessions/${id}/token`,
    `/api/sessions/${id}`,
    '/api/health',
    '/api/methods',
    '/api/livekit/webhook',
    `/s/${id}`,
    '/',
    '/socket.io/?EIO=4&transport=polling',
    '/api/%',
    '/%ZZ',
    '/api/health%ZZ',
    '//api//sessions',
    '/api/sessions/../health',
    `/${'a/'.repeat(2000)}`,
    '/api/health?%ZZ=%ZZ&a[b][c]=1',
    '*',
  ]);
  if (f.chance(0.1)) path += f.pick(['%', '%0', '%C3%28', '%00', '?x=%E0%A4%A']);
  const method = f.pick(METHODS);
  const headers: Record<string, string> = { host: '127.0.0.1', connection: 'close' };
  if (f.chance(0.7)) {
    headers['content-type'] = f.pick([
      'application/json',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=klingon',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json; charset=',
      ';;;',
      'application/*',
    ]);
  }
  if (f.chance(0.3))
    headers['content-encoding'] = f.pick([
      'gzip',
      'deflate',
      'br',
      'identity',
      'bogus',
      'gzip, gzip',
    ]);
  if (f.chance(0.3))
    headers.authorization = f.pick([
      'Bearer',
      'Bearer ',
      `Bearer ${f.string(300)}`,
      'Basic Zm9vOmJhcg==',
    ]);
  if (f.chance(0.05)) headers['x-huge'] = 'h'.repeat(f.pick([8000, 20_000, 70_000]));
  if (f.chance(0.05)) headers['transfer-encoding'] = 'chunked';
  if (f.chance(0.05)) headers.expect = '100-continue';
  const body = malformedBody(f);
  if (body.length > 0 && !headers['transfer-encoding'] && f.chance(0.9))
    headers['content-length'] = String(f.chance(0.1) ? body.length + f.int(5) - 2 : body.length);
  const head =
    `${method} ${path} HTTP/1.1\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, '')}\r\n`)
      .join('') +
    '\r\n';
  return Buffer.concat([Buffer.from(head, 'utf8'), body]);
}

function malformedBody(f: Fuzz): Buffer {
  switch (f.int(9)) {
    case 0:
      return Buffer.alloc(0);
    case 1:
      return Buffer.from('{"title": "x", "method": ');
    case 2:
      return Buffer.from(JSON.stringify(f.value()) ?? 'null');
    case 3:
      return Buffer.from(Array.from({ length: f.int(200) }, () => f.int(256)));
    case 4:
      return gzipSync(JSON.stringify({ title: 'z', method: 'intervision' })).subarray(0, 10);
    case 5:
      return Buffer.from(
        JSON.stringify({ title: 'T', method: 'intervision', durations: f.value() }),
      );
    case 6:
      return Buffer.from(`"${'x'.repeat(20_000)}"`);
    case 7:
      return Buffer.from(JSON.stringify(f.deeplyNested(2000)));
    default:
      return Buffer.from(JSON.stringify(f.pollutingObject()));
  }
}
