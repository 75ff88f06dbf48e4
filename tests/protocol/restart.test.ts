import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  freePort,
  startServerProcess,
  type ServerProcess,
} from '@intervision/testkit';

describe('a server crash mid-phase', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('restarts on the same database, clients see the same phase, and it ends at the original deadline', async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'intervision-restart-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    let server: ServerProcess = await startServerProcess(env);
    cleanup.push(() => server.stop());

    const created = await createSession(server.url, {
      title: 'Crash',
      method: 'intervision',
      durations: { presentation: 1, 'muted-reflection': 8 },
    });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const presenter = await join(server.url, created.id, created.inviteUrl, 'Presenter');
    const peer = await join(server.url, created.id, created.inviteUrl, 'Peer');
    const chairClient = await LiveClient.connect(server.url, chair.credential);
    await chairClient.send('presenter:set', { identity: presenter.identity });
    await chairClient.send('session:start');
    const before = await chairClient.waitFor((v) => v.phase?.id === 'muted-reflection');
    const deadline = before.phase!.endsAt;
    chairClient.close();

    await server.kill();
    server = await startServerProcess(env);

    const clients = await Promise.all(
      [chair, presenter, peer].map((j) => LiveClient.connect(server.url, j.credential)),
    );
    cleanup.push(() => clients.forEach((c) => c.close()));
    for (const c of clients) {
      const view = await c.waitFor((v) => v.phase !== null);
      expect(view.phase).toMatchObject({ id: 'muted-reflection', endsAt: deadline, paused: false });
      expect(view.presenter).toBe(presenter.identity);
    }
    const [next] = await Promise.all(
      clients.map((c) => c.waitFor((v) => v.phase?.id === 'presenter-response', 15_000)),
    );
    const errorMs = next!.phase!.startedAt - deadline;
    expect(errorMs).toBeGreaterThanOrEqual(0);
    expect(errorMs).toBeLessThanOrEqual(100);
    // Entered once: no client saw muted reflection again after it ended.
    for (const c of clients) {
      const ids = c.views.map((v) => v.phase?.id);
      expect(ids.lastIndexOf('muted-reflection')).toBeLessThan(ids.indexOf('presenter-response'));
    }
  });
});
