import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

describe('presence', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };
  const member = async (k: ReturnType<typeof sessionKit>, sessionId: string, identity: string) =>
    (await k.service.view(sessionId)).participants.find((p) => p.identity === identity);

  it('a member counts as connected while at least one socket is open', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.service.connected(g.anna, 1);
    k.service.connected(g.anna, 1);
    k.service.connected(g.anna, -1);
    expect((await member(k, g.created.id, g.anna.identity))?.connected).toBe(true);
    k.log.length = 0;
    k.service.connected(g.anna, -1);
    expect((await member(k, g.created.id, g.anna.identity))?.connected).toBe(false);
    expect(k.log.map((e) => e.kind)).toEqual(['state']);
  });

  it('an ended session is freed once its last socket closes', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.service.connected(g.chair, 1);
    await k.service.commands.machine(g.chair, { type: 'session.end' });
    expect(k.service.liveCount).toBe(1);
    k.service.connected(g.chair, -1);
    expect(k.service.liveCount).toBe(0);
    expect((await k.service.view(g.created.id)).status).toBe('ended'); // still readable from the store
  });

  it('someone arriving in the call is shown first, then the phase rights are enforced', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.log.length = 0;
    k.service.setInMedia(g.created.id, g.ben.identity, true);
    expect(k.log.map((e) => e.kind)).toEqual(['state', 'enforce']);
    expect((await member(k, g.created.id, g.ben.identity))?.inMedia).toBe(true);
    k.log.length = 0;
    k.service.setInMedia(g.created.id, g.ben.identity, false);
    expect(k.log.map((e) => e.kind)).toEqual(['state']);
    k.service.setInMedia('no-such-session', g.ben.identity, true);
    expect(k.log.map((e) => e.kind)).toEqual(['state']);
  });

  it('someone in the call who is no member (removed, with an old token) is put out of the room, not shown', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.log.length = 0;
    k.service.setInMedia(g.created.id, 'stranger', true);
    expect(k.log).toEqual([
      { kind: 'removeParticipant', sessionId: g.created.id, identity: 'stranger' },
    ]);
    expect((await k.service.view(g.created.id)).participants.map((p) => p.identity)).not.toContain(
      'stranger',
    );
  });

  it('the reconciler gets each running session’s wanted rights and nothing for ended ones', async () => {
    const k = fresh();
    const g = await k.groupOf();
    const other = await k.groupOf();
    await k.service.commands.machine(other.chair, { type: 'session.end' });
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    await k.service.commands.machine(g.chair, { type: 'phase.next' });
    const live = k.service.liveMedia();
    expect(live.map((l) => l.sessionId)).toEqual([g.created.id]);
    const anna = live[0]?.desired.find((d) => d.identity === g.anna.identity);
    expect(anna).toMatchObject({ role: 'presenter', rights: { microphone: false } });
  });
});
