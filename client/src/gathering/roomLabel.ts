import { PLENARY, type BreakoutRoomView, type GatheringPlace } from '@intervision/shared';
import type { TFunction } from 'i18next';

/** "Plenary" or "Room 3" for a place; rooms are numbered in the order the server lists them. */
export function roomLabel(
  t: TFunction,
  rooms: readonly BreakoutRoomView[],
  place: GatheringPlace,
): string {
  const index = place === PLENARY ? -1 : rooms.findIndex((r) => r.id === place);
  return index === -1 ? t('gathering.plenary') : t('gathering.roomNumber', { number: index + 1 });
}
