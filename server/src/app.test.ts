import { pino } from 'pino';
import { SimulatedClock } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from './app.js';
import { createDisabledGateway } from './media/index.js';
import { openSqliteStore } from './store/sqliteStore.js';

describe('createApp', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('runs session deadlines on the injected XState clock and now()', async () => {
    const clock = new SimulatedClock();
    clock.set(1_800_000_000_000);
    const store = openSqliteStore(':memory:');
    cleanup.push(() => store.close());
    const app: App = createApp(
      { publicUrl: 'http://127.0.0.1:0', clientDist: '/nonexistent' },
      {
        store,
        media: createDisabledGateway(),
        logger: pino({ level: 'silent' }),
        now: () => clock.now(),
        clock,
      },
    );
    cleanup.push(() => app.close());
    const created = await app.service.create({
      title: 'Clocked',
      method: 'reflective-practice-group',
      durations: { 'check-in': 10 },
    });
    const secret = created.chairUrl.split('#k=')[1] ?? '';
    const chair = await app.service.join(created.id, secret, 'Chair');
    await app.service.handlers['session:start'](
      { sessionId: created.id, identity: chair.identity },
      {},
    );
    expect((await app.service.view(created.id)).phase?.id).toBe('check-in');
    clock.increment(10_000);
    await (await app.service.registry.require(created.id)).settled();
    expect((await app.service.view(created.id)).phase).toMatchObject({
      id: 'sharing',
      startedAt: 1_800_000_010_000,
    });
  });
});
