import { LIMITS, remainingMs, type PhaseView } from '@intervision/shared';
import { useNow } from '../session/useNow';
import { formatClock } from './formatClock';
import { useTranslation } from 'react-i18next';

interface Props {
  phase: PhaseView;
  /** Estimated `serverClock - clientClock` (see useServerClock). */
  offsetMs: number;
}

/** Time left in the phase, computed from the server's deadline and the estimated server clock. */
export function Countdown({ phase, offsetMs }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const left = remainingMs(phase, now + offsetMs);
  const warning = !phase.paused && left > 0 && left <= LIMITS.warningMs;
  const state = phase.paused ? 'paused' : left === 0 ? 'over' : warning ? 'warning' : 'running';
  return (
    <div className={`countdown countdown--${state}`} role="timer" aria-label={t('phase.timeLeft')}>
      {/* The exact figures behind the display, so the end-to-end suite can compare pages. */}
      <span
        data-testid="countdown"
        className="countdown__time"
        data-remaining-ms={left}
        data-rendered-at={now}
      >
        {formatClock(left)}
      </span>
      {state === 'paused' && <span className="countdown__note">{t('phase.paused')}</span>}
      {state === 'warning' && <span className="countdown__note">{t('phase.warning')}</span>}
      {state === 'over' && <span className="countdown__note">{t('phase.over')}</span>}
    </div>
  );
}
