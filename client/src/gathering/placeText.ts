import type { TFunction } from 'i18next';
import { joinNames, type Whereabouts } from './whereIAm';

/** "You are in the plenary" or "You are in Room 3 with Ann and Bo". */
export function placeText(t: TFunction, where: Whereabouts): string {
  if (!where.room) return t('gathering.place.plenary');
  const names = where.companions.map((m) => m.name);
  return names.length === 0
    ? t('gathering.place.roomAlone', { number: where.number })
    : t('gathering.place.room', {
        number: where.number,
        names: joinNames(names, t('gathering.and')),
      });
}
