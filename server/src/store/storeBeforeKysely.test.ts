import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqliteStore.js';

// `fixtures/storeBeforeKysely.sqlite` was written by the better-sqlite3 store this one replaced
// (its sqliteStore.ts, sqliteGroupStore.ts and sqliteSchema.ts), with no Kysely migration table.
const FIXTURE = fileURLToPath(new URL('./fixtures/storeBeforeKysely.sqlite', import.meta.url));

describe('a SQLite file written before the Kysely store', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-old-file-'));
    file = join(dir, 'intervision.sqlite');
    copyFileSync(FIXTURE, file);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back its sessions, participants and groups as they were written', async () => {
    const store = openSqliteStore(file);
    try {
      await store.ready;
      expect((await store.listRunningSessions()).map((s) => s.id)).toEqual([
        'sess-fixture-running',
      ]);
      expect(await store.getSession('sess-fixture-running')).toMatchObject({
        title: 'Thursday group',
        status: 'running',
        phases: [{ id: 'presentation', seconds: 600 }],
        snapshot: { context: { phaseIndex: 0, endsAt: 1_700_000_600_000 } },
        snapshotEpoch: 0,
        groupId: null,
      });
      const people = await store.listParticipants('sess-fixture-running');
      expect(people.map((p) => [p.id, p.joinRole, p.handRaisedAt])).toEqual([
        ['p-chair', 'chair', null],
        ['p-anna', 'peer', 1_700_000_000_300],
      ]);
      expect((await store.findParticipantByCredentialHash('cred-anna'))?.id).toBe('p-anna');
      expect(await store.getGroup('group-fixture')).toMatchObject({
        title: 'Supervisors',
        durations: { case: 900 },
        enrolmentOpen: true,
        schedule: { rrule: 'FREQ=WEEKLY', durationMinutes: 60 },
      });
      expect((await store.listMembers('group-fixture')).map((m) => m.id)).toEqual([
        'm-fac',
        'm-ben',
      ]);
      expect((await store.listCases('group-fixture')).map((c) => c.question)).toEqual([
        'What now?',
      ]);
      expect(await store.findMeetingBySession('sess-fixture-meeting')).toMatchObject({
        groupId: 'group-fixture',
        startsAt: 1_700_100_000_000,
        endedAt: null,
      });
      expect((await store.getSession('sess-fixture-meeting'))?.groupId).toBe('group-fixture');
      expect((await store.getPlan('group-fixture'))?.text).toBe('Plan text');
    } finally {
      await store.close();
    }
  });

  it('takes writes, with the fencing epoch, and opens again unchanged', async () => {
    const first = openSqliteStore(file);
    expect(await first.saveSnapshot('sess-fixture-running', 'paused', { n: 1 }, 1)).toBe(true);
    expect(await first.saveSnapshot('sess-fixture-running', 'running', { n: 0 }, 0)).toBe(false);
    await first.close();
    const second = openSqliteStore(file);
    try {
      expect(await second.getSession('sess-fixture-running')).toMatchObject({
        status: 'paused',
        snapshot: { n: 1 },
        snapshotEpoch: 1,
      });
      expect(await second.listParticipants('sess-fixture-running')).toHaveLength(2);
    } finally {
      await second.close();
    }
  });
});
