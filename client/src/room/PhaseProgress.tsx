import type { SessionPhase } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  phases: readonly SessionPhase[];
  /** Index of the current phase; -1 before the start, `phases.length` after the end. */
  current: number;
  methodId: string;
}

/** Every phase of the session in order, with the current one marked. */
export function PhaseProgress({ phases, current, methodId }: Props) {
  const { t } = useTranslation();
  return (
    <ol className="progress" aria-label={t('phase.progress')}>
      {phases.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next';
        return (
          <li
            key={p.id}
            className={`progress__step progress__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="progress__title">
              {t(`methods.${methodId}.phases.${p.id}.title`, { defaultValue: p.title })}
            </span>
            <span className="progress__minutes">
              {t('phase.minutes', { minutes: Math.round(p.seconds / 60) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
