import { useTranslation } from 'react-i18next';
import { LiveAnnouncer } from '../room/LiveAnnouncer';
import { placeText } from './placeText';
import type { Whereabouts } from './whereIAm';

/**
 * Where you are, in words, always on screen; a screen reader hears it again on every move, since
 * the live region's text changes with the place.
 */
export function PlaceBanner({ where }: { where: Whereabouts }) {
  const { t } = useTranslation();
  const text = placeText(t, where);
  return (
    <>
      <p
        className="gathering-place"
        data-testid="gathering-place"
        data-room={where.room?.id ?? 'plenary'}
        data-room-number={where.number}
        data-with={where.companions.map((m) => m.identity).join(' ')}
      >
        {text}
      </p>
      <LiveAnnouncer message={text} testId="place-announcer" />
    </>
  );
}
