import { ERROR_CODES, type Ack } from '@intervision/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitsFrom } from '@intervision/server/config';
import {
  eventsFor,
  Fuzz,
  KNOWN_EVENTS,
  malformedHttpRequest,
  seededRandom,
  UNKNOWN_EVENTS,
} from './fuzzInputs.js';
import { WARN_LEVEL, startLoggedServer, type LogLine } from './loggedServer.js';
import { rawRequest } from './rawHttp.js';
import { createSession, join, request, type RunningServer, LiveClient } from '@intervision/testkit';

/** Replay a failure with `FUZZ_SEED=<seed> npm test -- tests/protocol/fuzz.test.ts`. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const SOCKET_PAYLOADS = 12_000;
/** Payloads past the rate limit and the role check, i.e. that the payload validation saw. */
const MIN_VALIDATED = 10_000;
const HTTP_REQUESTS = 1_200;

type RawEmitter = {
  emit(...args: unknown[]): void;
  timeout(ms: number): { emit(...args: unknown[]): void };
};

/** Whether an answer keeps the contract: an ack object, and a known error code that is not internal. */
function contractProblem(ack: unknown): string | null {
  if (typeof ack !== 'object' || ack === null) return `not an object: ${String(ack)}`;
  const { ok, error } = ack as { ok?: unknown; error?: unknown };
  if (ok === true) return null;
  if (ok !== false) return `no ok flag: ${JSON.stringify(ack)}`;
  if (!(ERROR_CODES as readonly unknown[]).includes(error)) return `unknown code ${String(error)}`;
  return error === 'internal' ? 'internal' : null;
}

const short = (v: unknown) => {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 200);
  } catch {
    return String(v);
  }
};

describe(`fuzzing the socket and HTTP edges (seed ${SEED})`, () => {
  let server: RunningServer;
  let logs: LogLine[];

  beforeAll(async () => {
    // Budgets high enough that every payload reaches the handlers: the fuzz is about validation.
    ({ server, logs } = await startLoggedServer({
      rateLimits: rateLimitsFrom({
        socketPerSecond: 1_000_000,
        socketBurst: 1_000_000,
        createsPerHour: 1_000_000,
        joinsPerMinute: 1_000_000,
      }),
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  it(`${SOCKET_PAYLOADS} generated payloads from chair, presenter and peer sockets all get contract answers`, async () => {
    const f = new Fuzz(seededRandom(SEED));
    const created = await createSession(server.url, { title: 'Fuzz', method: 'intervision' });
    const chairJoin = await join(server.url, created.id, created.chairUrl, 'Chair');
    const presenterJoin = await join(server.url, created.id, created.inviteUrl, 'Presenter');
    const peerJoin = await join(server.url, created.id, created.inviteUrl, 'Peer');
    const clients = await Promise.all(
      [chairJoin, presenterJoin, peerJoin].map((j) => LiveClient.connect(server.url, j.credential)),
    );
    const [chair, presenter, peer] = clients as [LiveClient, LiveClient, LiveClient];
    const members: Array<[LiveClient, 'chair' | 'presenter' | 'peer']> = [
      [chair, 'chair'],
      [chair, 'chair'],
      [presenter, 'presenter'],
      [peer, 'peer'],
    ];
    expect(await chair.send('presenter:set', { identity: presenterJoin.identity })).toEqual({
      ok: true,
    });
    let disconnects = 0;
    for (const c of clients) c.socket.on('disconnect', () => disconnects++);

    const problems: string[] = [];
    const outcomes = new Map<string, number>();
    let validated = 0;

    const argsFor = (): unknown[] => {
      const count = f.pick([0, 1, 1, 1, 2, 3]);
      const args = Array.from({ length: count }, () => f.value());
      // The server accepts 16 KiB packets; larger ones close the socket, which is not what we test.
      return JSON.stringify(args).length > 12_000 ? ['x'] : args;
    };

    const emitWithAck = (client: LiveClient, name: string, args: unknown[]) =>
      new Promise<void>((resolve) => {
        (client.socket as unknown as RawEmitter)
          .timeout(10_000)
          .emit(name, ...args, (err: Error | null, ack: Ack) => {
            if (err) problems.push(`${name} ${short(args)}: no ack`);
            else {
              const problem = contractProblem(ack);
              if (problem) problems.push(`${name} ${short(args)}: ${problem}`);
              const key = ack.ok ? 'ok' : ack.error;
              outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
              const stoppedEarly = key === 'rate_limited' || key === 'forbidden';
              if (KNOWN_EVENTS.includes(name) && !stoppedEarly) validated++;
            }
            resolve();
          });
      });

    let sent = 0;
    while (sent < SOCKET_PAYLOADS) {
      const batch: Array<Promise<void>> = [];
      for (let i = 0; i < 200 && sent < SOCKET_PAYLOADS; i++, sent++) {
        const [client, role] = f.pick(members);
        // Mostly what the role may send, sometimes what it may not.
        const name = f.chance(0.8) ? f.pick(eventsFor(role)) : f.pick(KNOWN_EVENTS);
        batch.push(emitWithAck(client, name, argsFor()));
        // Unknown names and ack-less sends ride along; they must not disturb anything either.
        if (f.chance(0.05)) batch.push(emitWithAck(client, f.pick(UNKNOWN_EVENTS), argsFor()));
        if (f.chance(0.1))
          (client.socket as unknown as RawEmitter).emit(f.pick(KNOWN_EVENTS), ...argsFor());
      }
      await Promise.all(batch);
    }

    expect(problems.slice(0, 10)).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(MIN_VALIDATED);
    expect(outcomes.get('bad_request')).toBeGreaterThan(1000);
    expect(disconnects).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(logs.filter((l) => l.level >= WARN_LEVEL).slice(0, 3)).toEqual([]);
    for (const c of clients) c.close();
  });

  it(`${HTTP_REQUESTS} malformed HTTP requests get contract answers and never internal`, async () => {
    const f = new Fuzz(seededRandom(SEED + 1));
    const { id } = await createSession(server.url, { title: 'Fuzz HTTP', method: 'intervision' });
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const requests = Array.from({ length: HTTP_REQUESTS }, () => malformedHttpRequest(f, id));
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const bytes = requests[next++] as Buffer;
        const label = JSON.stringify(bytes.subarray(0, 120).toString('latin1'));
        try {
          const res = await rawRequest(server.url, bytes, 10_000, true);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 && res.status !== 503) problems.push(`${label}: ${res.status}`);
          if (res.headers['content-type']?.startsWith('application/json') && res.body) {
            const body = JSON.parse(res.body) as { error?: unknown };
            if (body.error !== undefined) {
              const problem = contractProblem({ ok: false, ...body });
              if (problem) problems.push(`${label}: ${problem}`);
            }
          }
          // Engine.IO answers its own transport errors on /socket.io/ in its own format.
          const ours = !bytes.includes('/socket.io/');
          if (ours && res.status === 400 && res.body && !res.body.includes('"bad_request"'))
            problems.push(`${label}: 400 without the contract body`);
        } catch (err) {
          problems.push(`${label}: ${(err as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(problems.slice(0, 10)).toEqual([]);
    expect(statuses.get(400)).toBeGreaterThan(HTTP_REQUESTS / 4);
    // A connection closed without an answer is allowed (the body never came) but must be rare.
    expect(statuses.get(0) ?? 0).toBeLessThan(HTTP_REQUESTS / 10);
    expect(logs.filter((l) => l.level >= WARN_LEVEL).slice(0, 3)).toEqual([]);
  });

  it('a normal session runs correctly afterwards', async () => {
    const health = await request<{ ok: boolean }>(server.url, 'GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { ok: true } });
    const created = await createSession(server.url, { title: 'After fuzz', method: 'intervision' });
    const chairJoin = await join(server.url, created.id, created.chairUrl, 'Chair');
    const presenterJoin = await join(server.url, created.id, created.inviteUrl, 'Presenter');
    const chair = await LiveClient.connect(server.url, chairJoin.credential);
    const presenter = await LiveClient.connect(server.url, presenterJoin.credential);
    try {
      expect(await chair.send('presenter:set', { identity: presenterJoin.identity })).toEqual({
        ok: true,
      });
      expect(await chair.send('session:start')).toEqual({ ok: true });
      await presenter.waitFor((v) => v.status === 'running' && v.phase?.index === 0);
      expect(await chair.send('phase:next')).toEqual({ ok: true });
      await presenter.waitFor((v) => v.phase?.index === 1);
      expect(await chair.send('session:end')).toEqual({ ok: true });
      const ended = await presenter.waitFor((v) => v.status === 'ended');
      expect(ended.presenter).toBe(presenterJoin.identity);
    } finally {
      chair.close();
      presenter.close();
    }
  });
});
