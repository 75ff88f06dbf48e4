import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@intervision/server/store/open';
import { startPostgres, type Postgres } from '@intervision/testkit';
import { afterAll, beforeAll, describe } from 'vitest';
import { storeContract } from './storeContract.js';

// One contract, two engines: a SQLite file as `npm start` keeps it, and a real PostgreSQL.

storeContract('SQLite (a file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-contract-'));
  const store = openStore({ databaseFile: join(dir, 'store.sqlite') });
  return Promise.resolve({
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});

describe('PostgreSQL', () => {
  let pg: Postgres;
  let n = 0;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => pg?.stop());

  storeContract('PostgreSQL', async () => {
    const url = await pg.createDatabase(`contract_${++n}`);
    const store = openStore({ databaseUrl: url, databaseFile: '' });
    return { store, cleanup: () => store.close() };
  });
});
