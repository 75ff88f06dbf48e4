import type { MethodDefinition, Role, SessionView } from '@intervision/shared';
import { formatTime } from '../i18n/formatTime';
import { Countdown } from './Countdown';
import { PhaseProgress } from './PhaseProgress';
import { phaseGuidance } from './phaseGuidance';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  method: MethodDefinition | undefined;
  role: Role;
  offsetMs: number;
}

/** Where the session is: method, phase, what *you* are asked to do, time left and the road ahead. */
export function PhaseBar({ view, method, role, offsetMs }: Props) {
  const { t, i18n } = useTranslation();
  const { title, guidance } = phaseGuidance(t, view, method, role);
  const current = view.status === 'ended' ? view.phases.length : (view.phase?.index ?? -1);
  return (
    <section className="phase-bar" aria-label={t('phase.region')}>
      <div className="phase-bar__head">
        <p className="phase-bar__method">
          {method ? t(`methods.${method.id}.title`, { defaultValue: method.title }) : view.methodId}{' '}
          · {view.title}
        </p>
        <p className="phase-bar__role">{t(`youAre.${role}`)}</p>
      </div>
      <div className="phase-bar__main">
        <div>
          <h2 className="phase-bar__title" data-testid="phase-title">
            {title}
          </h2>
          {view.phase && (
            <p className="phase-bar__step">
              {t('phase.step', { number: view.phase.index + 1, total: view.phases.length })}
              {!view.phase.paused && view.status !== 'ended' && (
                <span data-testid="phase-ends-at">
                  {' · '}
                  {t('phase.endsAt', {
                    time: formatTime(view.phase.endsAt - offsetMs, i18n.resolvedLanguage),
                  })}
                </span>
              )}
            </p>
          )}
          <p className="phase-bar__guidance" data-testid="phase-guidance">
            {guidance}
          </p>
        </div>
        {view.phase && view.status !== 'ended' && (
          <Countdown phase={view.phase} offsetMs={offsetMs} />
        )}
      </div>
      <PhaseProgress phases={view.phases} current={current} methodId={view.methodId} />
    </section>
  );
}
