import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSession,
  freePort,
  join as joinSession,
  request,
  startPostgres,
  startServerProcess,
  type Postgres,
} from '@intervision/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real server process (`server/src/index.ts`) against a real PostgreSQL, or none.

describe('a node and its database', () => {
  let dataDir: string;
  let pg: Postgres;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'intervision-db-start-'));
    pg = await startPostgres();
  });
  afterAll(async () => {
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops at start with one clear line when DATABASE_URL cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const started = startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/intervision`,
    });
    const err = await started.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/server exited with 1/);
    expect(err?.message).toMatch(
      new RegExp(`Cannot open the database postgresql://127\\.0\\.0\\.1:${port}/intervision: .+`),
    );
    expect(err?.message, 'the password is never printed').not.toContain('secret');
  });

  it('stops at start when DATABASE_URL is not a PostgreSQL URL', async () => {
    const started = startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: 'mysql://127.0.0.1/intervision',
    });
    await expect(started).rejects.toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
  });

  it('runs on PostgreSQL and finds its sessions again after a restart', async () => {
    const url = await pg.createDatabase('node_restart');
    const env = { DATA_DIR: dataDir, DATABASE_URL: url };
    const first = await startServerProcess(env);
    let created;
    try {
      created = await createSession(first.url, { title: 'On PostgreSQL', method: 'balint' });
      await joinSession(first.url, created.id, created.chairUrl, 'Chair');
    } finally {
      await first.stop();
    }
    const second = await startServerProcess(env);
    try {
      const preview = await request<{ title: string; role: string }>(
        second.url,
        'POST',
        `/api/sessions/${created.id}/preview`,
        { secret: new URL(created.chairUrl).hash.replace(/^#k=/, '') },
      );
      expect(preview).toMatchObject({
        status: 200,
        body: { title: 'On PostgreSQL', role: 'chair' },
      });
    } finally {
      await second.stop();
    }
  });
});
