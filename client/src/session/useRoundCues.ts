import type { SessionView } from '@intervision/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What to announce to screen readers when the turn in a speaking round changes: whose turn it is
 * (or that it is yours), that you are next, or that the round ended.
 */
export function useRoundCues(view: SessionView | null, identity: string): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const round = view?.round ?? null;
  const key = round ? `${round.order.join(',')}|${round.speaker}` : null;
  const lastKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === lastKey.current) return;
    const hadRound = lastKey.current !== null;
    lastKey.current = key;
    if (!round || !view) {
      if (hadRound) setAnnouncement(t('round.announceEnded'));
      return;
    }
    const nameOf = (id: string) =>
      view.participants.find((p) => p.identity === id)?.name ?? t('hands.someone');
    const name = nameOf(round.speaker);
    const parts = [
      round.speaker === identity ? t('round.announceYourTurn') : t('round.announceTurn', { name }),
    ];
    if (round.next === identity) parts.push(t('round.announceNext', { name }));
    setAnnouncement(parts.join(' '));
  }, [key, round, view, identity, t]);

  return announcement;
}
