import { LIMITS, remainingMs, type PhaseView } from '@intervision/shared';
import { useNow } from '../session/useNow';
import { formatClock } from './formatClock';

interface Props {
  phase: PhaseView;
  /** Estimated `serverClock - clientClock` (see useServerClock). */
  offsetMs: number;
}

/** Time left in the phase, computed from the server's deadline and the estimated server clock. */
export function Countdown({ phase, offsetMs }: Props) {
  const now = useNow();
  const left = remainingMs(phase, now + offsetMs);
  const warning = !phase.paused && left > 0 && left <= LIMITS.warningMs;
  const state = phase.paused ? 'paused' : left === 0 ? 'over' : warning ? 'warning' : 'running';
  return (
    <div
      className={`countdown countdown--${state}`}
      role="timer"
      aria-label="Time left in this phase"
    >
      {/* The exact figures behind the display, so the end-to-end suite can compare pages. */}
      <span
        data-testid="countdown"
        className="countdown__time"
        data-remaining-ms={left}
        data-rendered-at={now}
      >
        {formatClock(left)}
      </span>
      {state === 'paused' && <span className="countdown__note">Paused</span>}
      {state === 'warning' && <span className="countdown__note">Less than a minute left</span>}
      {state === 'over' && <span className="countdown__note">Time is up</span>}
    </div>
  );
}
