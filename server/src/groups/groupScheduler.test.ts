import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDisabledGateway } from '../media/index.js';
import { SessionService } from '../sessions/sessionService.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { createGroup } from './groupCreation.js';
import { authenticateMember, enterGroup } from './groupEntry.js';
import { GroupService } from './groupService.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2031, 0, 6, 9, 0); // a Monday
const secretOf = (url: string) => url.split('#k=')[1] ?? '';

/** One server's worth of services on a SQLite file; a second one on the same file is a restart. */
function boot(file: string, clock: { now: number }) {
  const store = openSqliteStore(file);
  const logger = pino({ level: 'silent' });
  const media = createDisabledGateway();
  const now = () => clock.now;
  const sessions = new SessionService({ store, media, logger, publicUrl: 'http://127.0.0.1', now });
  const groups = new GroupService({
    store,
    sessions,
    media,
    logger,
    publicUrl: 'http://127.0.0.1',
    now,
    opensMinutes: 15,
  });
  return {
    store,
    sessions,
    groups,
    async stop() {
      groups.close();
      await sessions.close();
      await store.close();
    },
  };
}

describe('the group scheduler', () => {
  let dir: string;
  let file: string;
  const clock = { now: T0 };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-scheduler-'));
    file = join(dir, 'store.sqlite');
    clock.now = T0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const weeklyGroup = async (server: ReturnType<typeof boot>) => {
    const created = await createGroup(server.groups.deps, {
      title: 'Weekly',
      method: 'reflective-practice-group',
      schedule: {
        start: '2031-01-07T10:00',
        timeZone: 'Europe/London',
        rrule: 'FREQ=WEEKLY',
        durationMinutes: 60,
      },
    });
    const entered = await enterGroup(
      server.groups.deps,
      created.id,
      secretOf(created.facilitatorUrl),
      undefined,
    );
    return { id: created.id, credential: entered.credential };
  };

  it('opens a scheduled meeting 15 minutes before its start, once, across a restart', async () => {
    const first = boot(file, clock);
    const group = await weeklyGroup(first);
    const start = Date.UTC(2031, 0, 7, 10, 0);
    clock.now = start - 15 * MINUTE - 1;
    expect(await first.groups.scheduler.tick()).toEqual([]);
    clock.now = start - 15 * MINUTE;
    const opened = await first.groups.scheduler.tick();
    expect(opened).toHaveLength(1);
    await first.stop();

    const second = boot(file, clock);
    try {
      clock.now = start - 5 * MINUTE;
      expect(await second.groups.scheduler.tick()).toEqual([]);
      const caller = await authenticateMember(second.groups.deps, group.id, group.credential);
      const view = await second.groups.view(caller);
      expect(view.nextMeeting).toMatchObject({
        id: opened[0],
        status: 'open',
        startsAt: '2031-01-07T10:00:00.000Z',
        opensAt: '2031-01-07T09:45:00.000Z',
      });
      expect((await second.store.getSession(opened[0]!))?.groupId).toBe(group.id);
    } finally {
      await second.stop();
    }
  });

  it('records after a restart a meeting that ended while nobody heard it', async () => {
    const first = boot(file, clock);
    const group = await weeklyGroup(first);
    clock.now = Date.UTC(2031, 0, 7, 9, 50);
    const [sessionId] = await first.groups.scheduler.tick();
    const session = await first.sessions.registry.require(sessionId!);
    // The group no longer hears its sessions, as if the process died right after the end.
    first.groups.close();
    session.actor.send({ type: 'session.start' });
    session.actor.send({ type: 'session.end' });
    await session.settled();
    expect((await first.store.getSession(sessionId!))?.status).toBe('ended');
    await first.sessions.close();
    await first.store.close();

    const second = boot(file, clock);
    try {
      const caller = await authenticateMember(second.groups.deps, group.id, group.credential);
      expect((await second.store.findMeetingBySession(sessionId!))?.endedAt).toBeNull();
      await second.groups.scheduler.tick();
      expect((await second.store.findMeetingBySession(sessionId!))?.endedAt).not.toBeNull();
      const meeting = (await second.groups.view(caller)).meetings.find((m) => m.id === sessionId);
      expect(meeting?.status).toBe('ended');
    } finally {
      await second.stop();
    }
  });
});
