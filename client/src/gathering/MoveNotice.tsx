import { useTranslation } from 'react-i18next';
import { formatClock } from '../room/formatClock';
import type { GatheringMediaStatus } from './useGatheringMedia';
import type { Whereabouts } from './whereIAm';

interface Props {
  where: Whereabouts;
  status: GatheringMediaStatus;
  /** Set while the host recalls everyone: ms until all are back in the plenary. */
  recallLeftMs: number | null;
}

/**
 * The moment of a move, said plainly: while the page reconnects ("Moving you to Room 3…"), and
 * before a recall ("Back to the plenary in 0:30"). Polite status: it is announced, not shouted.
 */
export function MoveNotice({ where, status, recallLeftMs }: Props) {
  const { t } = useTranslation();
  let text: string | null = null;
  let state = '';
  if (status === 'moving') {
    state = 'moving';
    text = where.room
      ? t('gathering.move.toRoom', { number: where.number })
      : t('gathering.move.toPlenary');
  } else if (recallLeftMs !== null && where.room) {
    state = 'recall';
    text = t('gathering.move.recall', { time: formatClock(recallLeftMs) });
  } else if (status === 'unavailable') {
    state = 'unavailable';
    text = t('gathering.move.unavailable');
  }
  return (
    <div role="status" className="gathering-move" data-testid="move-notice" data-state={state}>
      {text && <p className="alert alert--info">{text}</p>}
    </div>
  );
}
