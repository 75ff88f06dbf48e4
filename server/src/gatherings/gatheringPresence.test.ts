import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaGateway } from '../media/index.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { GatheringService, PRESENCE_BATCH_MS } from './gatheringService.js';
import type { LiveGathering } from './liveGathering.js';
import { livekitRoomName } from './roomNames.js';

/** LiveKit as far as the service needs it here: tokens and enforcement that always work. */
const gateway: MediaGateway = {
  mode: 'livekit',
  issueToken: async () => ({ url: 'ws://lk', token: 't' }),
  enforce: async () => undefined,
  health: async () => 'up',
  deleteRoom: async () => undefined,
  removeParticipant: async () => undefined,
  close: () => undefined,
};

/** A gathering with a host and `n` attendees, and the views its listener was asked to send. */
function setup(n: number) {
  const store = openSqliteStore(':memory:');
  const service = new GatheringService({
    store,
    media: gateway,
    logger: pino({ level: 'silent' }),
    publicUrl: 'http://127.0.0.1',
    now: () => Date.now(),
  });
  const created = service.create({ title: 'Network day', maxParticipants: n });
  const secret = (url: string) => url.split('#k=')[1] ?? '';
  const host = service.join(created.id, secret(created.hostUrl), 'Host', undefined);
  const people = Array.from({ length: n }, (_, i) =>
    service.join(created.id, secret(created.inviteUrl), `P${i + 1}`, undefined),
  );
  const views: LiveGathering[] = [];
  const inMedia: string[][] = [];
  service.listen({
    changed: (g) => {
      views.push(g);
      inMedia.push([...g.members.values()].filter((m) => m.mediaRoom).map((m) => m.identity));
    },
    moved: () => undefined,
    help: () => undefined,
    closed: () => undefined,
    announce: () => undefined,
  });
  const plenary = livekitRoomName(created.id, 0, 'plenary');
  return { service, store, created, host, people, views, inMedia, plenary };
}

describe('gathering presence', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends one view for a burst of people entering LiveKit, with all of them in it', () => {
    const s = setup(20);
    for (const p of s.people) s.service.setInMedia(s.plenary, p.identity, true);
    expect(s.views).toHaveLength(0);
    vi.advanceTimersByTime(PRESENCE_BATCH_MS);
    expect(s.views).toHaveLength(1);
    expect(s.inMedia[0]?.sort()).toEqual(s.people.map((p) => p.identity).sort());
    vi.advanceTimersByTime(10 * PRESENCE_BATCH_MS);
    expect(s.views).toHaveLength(1);
    s.service.close();
    s.store.close();
  });

  it('sends sockets opening and closing in one view too, and nothing when nothing changed', () => {
    const s = setup(3);
    for (const p of s.people)
      s.service.connected({ gatheringId: s.created.id, identity: p.identity }, 1);
    vi.advanceTimersByTime(PRESENCE_BATCH_MS);
    expect(s.views).toHaveLength(1);
    // A second socket of someone already connected changes nothing anyone sees.
    s.service.connected({ gatheringId: s.created.id, identity: s.people[0]!.identity }, 1);
    vi.advanceTimersByTime(PRESENCE_BATCH_MS);
    expect(s.views).toHaveLength(1);
    s.service.close();
    s.store.close();
  });

  it('lets a change of the gathering carry the presence reported just before it', () => {
    const s = setup(2);
    s.service.setInMedia(s.plenary, s.people[0]!.identity, true);
    const g = s.service.require(s.created.id);
    g.actor.send({ type: 'floor.give', identity: s.people[1]!.identity });
    expect(s.views).toHaveLength(1);
    expect(s.inMedia[0]).toEqual([s.people[0]!.identity]);
    vi.advanceTimersByTime(10 * PRESENCE_BATCH_MS);
    expect(s.views).toHaveLength(1);
    s.service.close();
    s.store.close();
  });
});
