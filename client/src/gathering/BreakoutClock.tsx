import { DYAD_SUPERVISION, type GatheringView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { useMethodText } from '../i18n/useMethodText';
import { formatClock } from '../room/formatClock';
import { useNow } from '../session/useNow';
import { roomStep } from './roomStep';
import { joinNames, type Whereabouts } from './whereIAm';

interface Props {
  view: GatheringView;
  where: Whereabouts;
  /** Estimated `serverClock - clientClock`. */
  offsetMs: number;
}

type DyadPhaseId = 'a-speaks' | 'b-reflects' | 'b-speaks' | 'a-reflects';
const DYAD_PHASES = new Set<string>(DYAD_SUPERVISION.phases.map((p) => p.id));
const isDyadPhase = (id: string): id is DyadPhaseId => DYAD_PHASES.has(id);

/**
 * In a breakout room: whose part it is now ("Ann speaks — Bo listens"), what you are asked to do,
 * and the time left in this part. In the plenary while rooms run: how many, and until when. The
 * server owns every deadline; this only counts down to them.
 */
export function BreakoutClock({ view, where, offsetMs }: Props) {
  const { t } = useTranslation();
  const { phaseGuidance } = useMethodText();
  const now = useNow() + offsetMs;
  const room = where.room;
  const nameOf = (identity: string) =>
    identity === view.self.identity
      ? t('gathering.you')
      : (view.members.find((m) => m.identity === identity)?.name ?? identity);
  const phase = room?.phase ?? null;
  const step = room ? roomStep(phase, room.members) : null;
  const endsAt = room
    ? (phase?.endsAt ?? room.deadline)
    : Math.max(0, ...view.rooms.map((r) => r.deadline));
  const left = Math.max(0, endsAt - now);
  const position = view.self.position;
  const guidance =
    phase && position
      ? isDyadPhase(phase.id)
        ? t(`gathering.dyad.${phase.id}.${position}`)
        : // A method run in a room: A holds the presenter's part, B the peers'.
          phaseGuidance(
            view.format?.id ?? '',
            phase.id,
            position === 'A' ? 'presenter' : 'peer',
            phase.guidance[position],
          )
      : null;

  let stepText: string;
  if (!step) stepText = t('gathering.step.plenary', { count: view.rooms.length });
  else if (step.kind === 'together') stepText = t('gathering.step.together');
  else {
    const self = view.self.identity;
    const reflects = step.kind === 'reflects';
    const listener = joinNames(step.listeners.map(nameOf), t('gathering.and'));
    if (step.speaker === self)
      stepText = reflects
        ? t('gathering.step.youReflect', { count: step.listeners.length, listener })
        : t('gathering.step.youSpeak', { count: step.listeners.length, listener });
    else if (step.listeners.length === 1 && step.listeners[0] === self)
      stepText = reflects
        ? t('gathering.step.reflectsToYou', { speaker: nameOf(step.speaker) })
        : t('gathering.step.speaksToYou', { speaker: nameOf(step.speaker) });
    else
      stepText = reflects
        ? t('gathering.step.reflects', {
            count: step.listeners.length,
            speaker: nameOf(step.speaker),
            listener,
          })
        : t('gathering.step.speaks', {
            count: step.listeners.length,
            speaker: nameOf(step.speaker),
            listener,
          });
  }

  return (
    <section className="gathering-clock card" aria-label={t('gathering.clock.region')}>
      <p
        className="gathering-clock__step"
        data-testid="breakout-step"
        data-step={step?.kind ?? 'plenary'}
        data-phase={phase?.id ?? ''}
      >
        {stepText}
      </p>
      {guidance && (
        <p className="muted" data-testid="breakout-guidance">
          {guidance}
        </p>
      )}
      <p role="timer" aria-label={t('phase.timeLeft')}>
        <span className="countdown__time" data-testid="breakout-countdown" data-remaining-ms={left}>
          {formatClock(left)}
        </span>
      </p>
    </section>
  );
}
