import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rateLimitsFrom } from '@intervision/server/config';
import { WARN_LEVEL, startLoggedServer, type LogLine } from './loggedServer.js';
import { httpRequest, rawRequest, type RawResponse } from './rawHttp.js';
import { createSession, join, request, secretOf, type RunningServer } from '@intervision/testkit';

const json = { 'content-type': 'application/json' };
const createBody = JSON.stringify({ title: 'Edge', method: 'intervision' });

describe('malformed HTTP requests are 400 bad_request on every route, never internal', () => {
  let server: RunningServer;
  let logs: LogLine[];
  let sessionId: string;

  beforeAll(async () => {
    ({ server, logs } = await startLoggedServer());
    sessionId = (await createSession(server.url, { title: 'Edge', method: 'intervision' })).id;
  });
  afterAll(async () => {
    await server.close();
  });

  const cases: Array<[string, () => Buffer]> = [
    ['%ZZ in the health route', () => httpRequest('GET', '/api/health%ZZ')],
    ['%ZZ as a session id', () => httpRequest('POST', '/api/sessions/%ZZ/join', json, '{}')],
    ['%ZZ in a deletion', () => httpRequest('DELETE', `/api/sessions/${sessionId}%ZZ`)],
    ['%ZZ in a client route', () => httpRequest('GET', '/s/%ZZ')],
    ['%ZZ at the root', () => httpRequest('GET', '/%ZZ')],
    [
      'a latin1 charset',
      () =>
        httpRequest(
          'POST',
          '/api/sessions',
          { 'content-type': 'application/json; charset=latin1' },
          createBody,
        ),
    ],
    [
      'an unknown charset',
      () =>
        httpRequest(
          'POST',
          '/api/sessions',
          { 'content-type': 'application/json; charset=klingon' },
          createBody,
        ),
    ],
    [
      'a gzip Content-Encoding over plain bytes',
      () =>
        httpRequest('POST', '/api/sessions', { ...json, 'content-encoding': 'gzip' }, createBody),
    ],
    [
      'a truncated gzip body',
      () =>
        httpRequest(
          'POST',
          '/api/sessions',
          { ...json, 'content-encoding': 'gzip' },
          gzipSync(createBody).subarray(0, 12),
        ),
    ],
    [
      'an unknown Content-Encoding',
      () =>
        httpRequest(
          'POST',
          '/api/sessions',
          { ...json, 'content-encoding': 'zstd-bogus' },
          createBody,
        ),
    ],
    ['invalid JSON', () => httpRequest('POST', '/api/sessions', json, '{"title": ')],
    [
      'a body over the size limit',
      () => httpRequest('POST', '/api/sessions', json, `"${'x'.repeat(20_000)}"`),
    ],
    ['a broken request line', () => Buffer.from('GET /api/health HTTP/9.9 nonsense\r\n\r\n')],
    [
      'a header without a colon',
      () => Buffer.from('GET /api/health HTTP/1.1\r\nhost 127.0.0.1\r\n\r\n'),
    ],
    [
      'headers beyond the size limit',
      () => httpRequest('GET', '/api/health', { 'x-big': 'a'.repeat(20_000) }),
    ],
    [
      'a Content-Length that disagrees with Transfer-Encoding',
      () =>
        Buffer.from(
          'POST /api/sessions HTTP/1.1\r\nhost: x\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n',
        ),
    ],
  ];

  it.each(cases)('%s answers 400 with the contract body', async (_name, bytes) => {
    const before = logs.length;
    const res = await rawRequest(server.url, bytes());
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'bad_request', message: expect.any(String) });
    const errors = logs.slice(before).filter((l) => l.level >= WARN_LEVEL);
    expect(errors).toEqual([]);
  });

  it('the server still answers normally afterwards', async () => {
    const health = await request<{ ok: boolean }>(server.url, 'GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { ok: true } });
    expect(logs.filter((l) => l.level >= WARN_LEVEL)).toEqual([]);
  });
});

describe('security headers', () => {
  let server: RunningServer;
  beforeAll(async () => {
    ({ server } = await startLoggedServer({
      publicUrl: 'https://intervision.example',
      livekitPublicUrl: 'wss://media.example:7880',
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(['/api/health', '/api/nothing-here', '/s/some-session', '/%ZZ'])(
    '%s carries the CSP and the other security headers',
    async (path) => {
      const res = await rawRequest(server.url, httpRequest('GET', path));
      const csp = res.headers['content-security-policy'] ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(
        expect.arrayContaining([
          "'self'",
          'wss://media.example:7880',
          'https://media.example:7880',
        ]),
      );
      expect(directives.get('connect-src')).not.toContain('*');
      expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('form-action')).toEqual(["'self'"]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['permissions-policy']).toContain('camera=(self)');
      expect(res.headers['permissions-policy']).toContain('microphone=(self)');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    },
  );
});

describe('session creation and joins are limited per client address', () => {
  const tightLimits = rateLimitsFrom({
    socketPerSecond: 10,
    socketBurst: 40,
    createsPerHour: 3,
    joinsPerMinute: 2,
  });
  let server: RunningServer;
  beforeEach(async () => {
    ({ server } = await startLoggedServer({ rateLimits: tightLimits }));
  });
  afterEach(async () => {
    await server.close();
  });

  const expectRateLimited = (res: RawResponse) => {
    expect(res.status).toBe(429);
    expect(JSON.parse(res.body)).toEqual({ error: 'rate_limited', message: expect.any(String) });
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  };

  it('the creation past the budget is 429 rate_limited with Retry-After and creates nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(server.url, 'POST', '/api/sessions', {
        title: `t${i}`,
        method: 'intervision',
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201]);
    const live = server.app.service.liveCount;
    expectRateLimited(
      await rawRequest(server.url, httpRequest('POST', '/api/sessions', json, createBody)),
    );
    expect(server.app.service.liveCount).toBe(live);
  });

  it('the join past the budget is 429 rate_limited with Retry-After and adds nobody', async () => {
    const created = await createSession(server.url, { title: 'Joins', method: 'intervision' });
    await join(server.url, created.id, created.inviteUrl, 'One');
    await join(server.url, created.id, created.inviteUrl, 'Two');
    const body = JSON.stringify({ secret: secretOf(created.inviteUrl), name: 'Three' });
    expectRateLimited(
      await rawRequest(
        server.url,
        httpRequest('POST', `/api/sessions/${created.id}/join`, json, body),
      ),
    );
    expect((await server.store.listParticipants(created.id)).map((p) => p.name)).toEqual([
      'One',
      'Two',
    ]);
  });
});
