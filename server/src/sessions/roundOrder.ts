import { mediaRights, type CommandPayload } from '@intervision/shared';
import type { LiveSession } from './liveSession.js';
import { ServiceError } from './serviceError.js';

/**
 * Who takes a turn, in order, from what the chair chose: their own order (members of this session,
 * each once), or the participant list, a random order or the hand queue. The list and random orders
 * take the connected members except the chair, who keeps the frame. The presenter is in the round
 * when `includePresenter` says so, by default when the phase lets the presenter speak.
 */
export function roundOrder(
  session: LiveSession,
  choice: CommandPayload<'round:start'>,
  random: () => number = Math.random,
): string[] {
  if (choice.order) return checkedOrder(session, choice.order);
  const presenterSpeaks =
    choice.includePresenter ?? mediaRights(session.currentPolicy(), 'presenter').microphone;
  const takesTurn = (identity: string) =>
    presenterSpeaks || session.roleOf(identity) !== 'presenter';
  const mode = choice.mode ?? 'list';
  const candidates =
    mode === 'hands'
      ? session.view(0).hands
      : [...session.participants.values()]
          .filter((p) => p.joinRole !== 'chair' && (session.connections.get(p.id) ?? 0) > 0)
          .map((p) => p.id);
  const order = candidates.filter(takesTurn);
  if (mode === 'random') shuffle(order, random);
  if (order.length === 0) {
    throw new ServiceError(
      'bad_request',
      mode === 'hands' ? 'No hands are raised.' : 'Nobody present can take a turn.',
    );
  }
  return order;
}

function checkedOrder(session: LiveSession, order: string[]): string[] {
  if (new Set(order).size !== order.length) {
    throw new ServiceError('bad_request', 'Each person can be in the order once.');
  }
  const unknown = order.find((identity) => !session.participants.has(identity));
  if (unknown !== undefined) {
    throw new ServiceError('not_found', 'Someone in the order is not in this session.');
  }
  return order;
}

/** Fisher–Yates, in place. */
function shuffle(items: string[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as string;
    items[i] = items[j] as string;
    items[j] = a;
  }
}
