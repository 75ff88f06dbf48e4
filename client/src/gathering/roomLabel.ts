import type { TFunction } from 'i18next';
import { PLENARY, type BreakoutsView } from './gatheringContract';

/** "Plenary" or "Room 3", for a member's place. */
export function roomLabel(t: TFunction, breakouts: BreakoutsView | null, place: string): string {
  if (place === PLENARY) return t('gathering.plenary');
  const room = breakouts?.rooms.find((r) => r.id === place);
  return room ? t('gathering.roomNumber', { number: room.number }) : t('gathering.plenary');
}
