import { explainJoinProblem, type JoinProblem } from './joinProblem';

/** A join problem in plain words, announced to screen readers. */
export function JoinError({ problem }: { problem: JoinProblem }) {
  const { title, message } = explainJoinProblem(problem);
  const tone = problem === 'camera_denied' || problem === 'media_unavailable' ? 'warning' : 'error';
  return (
    <div
      className={`alert alert--${tone}`}
      role="alert"
      data-testid="error-message"
      data-problem={problem}
    >
      <strong>{title}.</strong> {message}
    </div>
  );
}
