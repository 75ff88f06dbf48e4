import { LIMITS } from '@intervision/shared';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { problemKey, type JoinProblem } from './joinProblem';

/** A join problem in plain words, announced to screen readers; it can take focus when it appears. */
export const JoinError = forwardRef<HTMLDivElement, { problem: JoinProblem }>(function JoinError(
  { problem },
  ref,
) {
  const { t } = useTranslation();
  const key = problemKey(problem);
  const tone = problem === 'camera_denied' || problem === 'media_unavailable' ? 'warning' : 'error';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`alert alert--${tone}`}
      role="alert"
      data-testid="error-message"
      data-problem={problem}
    >
      <strong>{t(`problem.${key}.title`)}.</strong>{' '}
      {t(`problem.${key}.message`, { max: LIMITS.nameMax })}
    </div>
  );
});
