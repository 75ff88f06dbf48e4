import { useTranslation } from 'react-i18next';
import { formatClock } from '../room/formatClock';
import { useNow } from '../session/useNow';
import { dyadStepAt, type FormatStep } from './dyadPhase';
import type { BreakoutsView, GatheringMember } from './gatheringContract';
import type { Whereabouts } from './whereIAm';

interface Props {
  breakouts: BreakoutsView;
  where: Whereabouts;
  members: readonly GatheringMember[];
  /** Estimated `serverClock - clientClock`. */
  offsetMs: number;
}

/**
 * The time left in the breakouts and, in a dyad, whose part it is now ("Ann speaks — Bo
 * listens"). The steps follow from the server's start and deadline; the server owns both.
 */
export function BreakoutClock({ breakouts, where, members, offsetMs }: Props) {
  const { t } = useTranslation();
  const now = useNow() + offsetMs;
  const left = Math.max(0, breakouts.endsAt - now);
  const nameOf = (identity: string) =>
    identity === where.me?.identity
      ? t('gathering.you')
      : (members.find((m) => m.identity === identity)?.name ?? identity);
  const step: FormatStep | null =
    where.room && breakouts.format === 'dyad'
      ? dyadStepAt(where.room.members, breakouts.startedAt, breakouts.endsAt, now).step
      : null;
  const stepText =
    step?.kind === 'speaks'
      ? t('gathering.step.speaks', {
          speaker: nameOf(step.speaker),
          listener: nameOf(step.listener),
        })
      : step?.kind === 'reflects'
        ? t('gathering.step.reflects', {
            speaker: nameOf(step.speaker),
            listener: nameOf(step.listener),
          })
        : where.room
          ? t('gathering.step.open')
          : t('gathering.step.plenary', { count: breakouts.rooms.length });
  return (
    <section className="gathering-clock card" aria-label={t('gathering.clock.region')}>
      <p
        className="gathering-clock__step"
        data-testid="breakout-step"
        data-step={step?.kind ?? 'open'}
      >
        {stepText}
      </p>
      <p role="timer" aria-label={t('phase.timeLeft')}>
        <span className="countdown__time" data-testid="breakout-countdown" data-remaining-ms={left}>
          {formatClock(left)}
        </span>
      </p>
    </section>
  );
}
