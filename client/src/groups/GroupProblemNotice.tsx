import { useTranslation } from 'react-i18next';
import type { GroupProblem } from './groupProblem';

/** Why this page cannot go on, and what the person can do about it. */
export function GroupProblemNotice({ problem }: { problem: GroupProblem }) {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow">
      <div className="card stack" role="alert" data-testid="group-problem" data-problem={problem}>
        <h1>{t(`groups.problem.${problem}.title`)}</h1>
        <p>{t(`groups.problem.${problem}.message`)}</p>
      </div>
    </main>
  );
}
