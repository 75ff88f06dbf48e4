import type { SessionPhase } from '@intervision/shared';

interface Props {
  phases: readonly SessionPhase[];
  /** Index of the current phase; -1 before the start, `phases.length` after the end. */
  current: number;
}

/** Every phase of the session in order, with the current one marked. */
export function PhaseProgress({ phases, current }: Props) {
  return (
    <ol className="progress" aria-label="Phases">
      {phases.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next';
        return (
          <li
            key={p.id}
            className={`progress__step progress__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="progress__title">{p.title}</span>
            <span className="progress__minutes">{Math.round(p.seconds / 60)} min</span>
          </li>
        );
      })}
    </ol>
  );
}
