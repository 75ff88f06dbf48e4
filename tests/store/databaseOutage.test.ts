import { createApp } from '@intervision/server/app';
import { createDisabledGateway } from '@intervision/server/media';
import { openStore } from '@intervision/server/store/open';
import { startPostgres, withTimeout, type Postgres } from '@intervision/testkit';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// PostgreSQL goes away under a running session and comes back: nothing acknowledged is lost.

describe('losing PostgreSQL while a session runs', () => {
  let pg: Postgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => pg?.stop());

  it('holds a command’s ack until its transition is stored, retrying until the database is back', async () => {
    const url = await pg.createDatabase('outage');
    const store = openStore({ databaseUrl: url, databaseFile: '' });
    await store.ready;
    const app = createApp(
      { publicUrl: 'http://127.0.0.1', clientDist: '/nonexistent' },
      { store, media: createDisabledGateway(), logger: pino({ level: 'silent' }) },
    );
    try {
      const { service } = app;
      const created = await service.create({
        title: 'Outage',
        method: 'reflective-practice-group',
      });
      const secret = created.chairUrl.split('#k=')[1] ?? '';
      const chair = await service.join(created.id, secret, 'Chair');
      const caller = { sessionId: created.id, identity: chair.identity };

      const live = await service.registry.require(created.id);
      const started = new Promise<void>((resolve) => {
        const sub = live.actor.subscribe(() => {
          if (live.status !== 'running') return;
          sub.unsubscribe();
          resolve();
        });
      });

      await pg.halt();
      let acked = false;
      const ack = service.handlers['session:start'](caller, {}).then(() => {
        acked = true;
      });
      // The machine moved; the database has not got it, so nobody was answered yet.
      await withTimeout(started, 10_000, 'the machine starting');
      expect(acked).toBe(false);

      await pg.start();
      await withTimeout(ack, 30_000, 'the ack after the database came back');
      expect((await store.getSession(created.id))?.status).toBe('running');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
