import { remainingMs, type RoundView } from '@intervision/shared';
import { useNow } from '../session/useNow';
import { formatClock } from './formatClock';
import { useTranslation } from 'react-i18next';

interface Props {
  round: RoundView;
  /** Estimated `serverClock - clientClock` (see useServerClock). */
  offsetMs: number;
}

/** Time left in the current turn, from the server's turn deadline and the estimated server clock. */
export function TurnCountdown({ round, offsetMs }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const paused = round.remainingMs !== null;
  const left = remainingMs(
    { endsAt: round.turnEndsAt, remainingMs: round.remainingMs, paused },
    now + offsetMs,
  );
  return (
    <div className="countdown" role="timer" aria-label={t('round.timeLeft')}>
      <span data-testid="turn-countdown" className="countdown__time" data-remaining-ms={left}>
        {formatClock(left)}
      </span>
      {paused && <span className="countdown__note">{t('phase.paused')}</span>}
    </div>
  );
}
