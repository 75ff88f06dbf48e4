import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@intervision/server/store/open';
import { startPostgres, type Postgres } from '@intervision/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The gathering store is still synchronous SQLite; these pin down which file it writes.

const gathering = {
  id: 'g1',
  title: 'Network day',
  maxParticipants: 4,
  hostSecretHash: 'h',
  helperSecretHash: 's',
  inviteSecretHash: 'i',
  createdAt: 1,
  stage: 'plenary' as const,
  snapshot: null,
};

describe('where gatherings are kept', () => {
  let dir: string;
  let pg: Postgres | undefined;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => pg?.stop());
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on SQLite, in the store file beside sessions, and they survive reopening it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-gatherings-'));
    const file = join(dir, 'intervision.sqlite');
    const first = openStore({ databaseFile: file });
    await first.ready;
    first.createGathering(gathering);
    await first.close();

    // No second file: reopening the store file alone brings the gathering back.
    expect(existsSync(join(dir, 'gatherings.sqlite'))).toBe(false);
    const second = openStore({ databaseFile: file });
    await second.ready;
    expect(second.getGathering('g1')).toMatchObject({ title: 'Network day' });
    await second.close();
  });

  it('on PostgreSQL, in gatherings.sqlite in the data directory, and they survive reopening', async () => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-gatherings-'));
    const url = await pg!.createDatabase('gatherings_beside');
    const databaseFile = join(dir, 'intervision.sqlite');
    const first = openStore({ databaseUrl: url, databaseFile });
    await first.ready;
    first.createGathering(gathering);
    await first.close();

    expect(existsSync(join(dir, 'gatherings.sqlite'))).toBe(true);
    expect(existsSync(databaseFile)).toBe(false);
    const second = openStore({ databaseUrl: url, databaseFile });
    await second.ready;
    expect(second.getGathering('g1')).toMatchObject({ title: 'Network day' });
    await second.close();
  });
});
