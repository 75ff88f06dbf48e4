import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  request,
  startInProcessServer,
  type RunningServer,
  LiveClient,
} from '@intervision/testkit';

/** Every byte SQLite keeps for the database: the main file and its write-ahead log. */
const databaseBytes = (file: string): Buffer =>
  Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));

describe('a deleted session leaves no trace on disk', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startInProcessServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('the title, names and question are in neither the database file nor its WAL after deletion', async () => {
    const secrets = {
      title: 'Zebrafinch-case-title-7731',
      chair: 'Quillon-chair-name-5512',
      presenter: 'Marrowby-presenter-name-9044',
      question: 'Should-Oakhurst-tell-the-family-3310',
    };
    const created = await createSession(server.url, {
      title: secrets.title,
      method: 'intervision',
    });
    const chair = await join(server.url, created.id, created.chairUrl, secrets.chair);
    const presenter = await join(server.url, created.id, created.inviteUrl, secrets.presenter);
    const chairClient = await LiveClient.connect(server.url, chair.credential);
    const presenterClient = await LiveClient.connect(server.url, presenter.credential);
    try {
      expect(await chairClient.send('presenter:set', { identity: presenter.identity })).toEqual({
        ok: true,
      });
      expect(await presenterClient.send('question:set', { text: secrets.question })).toEqual({
        ok: true,
      });
      expect(await chairClient.send('session:start')).toEqual({ ok: true });
      await chairClient.waitFor((v) => v.question === secrets.question, 5000, 'question');

      // Written before deletion: the check below can only pass because deletion removed it.
      const before = databaseBytes(server.databaseFile);
      for (const text of Object.values(secrets)) expect(before.includes(text)).toBe(true);

      const deleted = await request(
        server.url,
        'DELETE',
        `/api/sessions/${created.id}`,
        undefined,
        {
          authorization: `Bearer ${chair.credential}`,
        },
      );
      expect(deleted.status).toBe(204);

      const after = databaseBytes(server.databaseFile);
      for (const text of Object.values(secrets)) expect(after.includes(text), text).toBe(false);
    } finally {
      chairClient.close();
      presenterClient.close();
    }
  });
});
