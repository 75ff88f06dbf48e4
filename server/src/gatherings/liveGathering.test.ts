import { describe, expect, it } from 'vitest';
import { testGathering } from './testGathering.js';

function gathering(identities: string[]) {
  return testGathering(
    identities.map((identity) => [identity, identity === 'h' ? 'helper' : 'attendee']),
  );
}

describe('live gathering places', () => {
  it('gives everyone at once the place placeOf gives each: room, visit, plenary', () => {
    const { g, actor } = gathering(['a', 'b', 'c', 'h']);
    actor.send({
      type: 'breakouts.open',
      assign: 'host',
      size: 2,
      format: { id: 'x', title: 'x', phases: [] },
      rooms: [
        { id: 'r1', members: ['a', 'b'] },
        { id: 'r2', members: [] },
      ],
    });
    g.member('h')!.visiting = 'r2';
    g.member('c')!.visiting = 'r9'; // a room of an earlier opening: not a place any more
    const places = g.places();
    expect(Object.fromEntries(places)).toEqual({ a: 'r1', b: 'r1', c: 'plenary', h: 'r2' });
    for (const id of ['a', 'b', 'c', 'h']) expect(places.get(id)).toBe(g.placeOf(id));
  });

  it('puts everyone in the plenary when no breakouts are open', () => {
    const { g } = gathering(['a', 'h']);
    expect(Object.fromEntries(g.places())).toEqual({ a: 'plenary', h: 'plenary' });
  });
});
