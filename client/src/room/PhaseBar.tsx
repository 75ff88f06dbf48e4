import type { MethodDefinition, Role, SessionView } from '@intervision/shared';
import { Countdown } from './Countdown';
import { PhaseProgress } from './PhaseProgress';
import { phaseGuidance } from './phaseGuidance';

interface Props {
  view: SessionView;
  method: MethodDefinition | undefined;
  role: Role;
  offsetMs: number;
}

const ROLE_LABEL: Record<Role, string> = { chair: 'Chair', presenter: 'Presenter', peer: 'Peer' };

/** Where the session is: method, phase, what *you* are asked to do, time left and the road ahead. */
export function PhaseBar({ view, method, role, offsetMs }: Props) {
  const { title, guidance } = phaseGuidance(view, method, role);
  const current = view.status === 'ended' ? view.phases.length : (view.phase?.index ?? -1);
  return (
    <section className="phase-bar" aria-label="Phase">
      <div className="phase-bar__head">
        <p className="phase-bar__method">
          {method?.title ?? view.methodId} · {view.title}
        </p>
        <p className="phase-bar__role">You are the {ROLE_LABEL[role].toLowerCase()}</p>
      </div>
      <div className="phase-bar__main">
        <div>
          <h2 className="phase-bar__title" data-testid="phase-title">
            {title}
          </h2>
          {view.phase && (
            <p className="phase-bar__step">
              Phase {view.phase.index + 1} of {view.phases.length}
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
      <PhaseProgress phases={view.phases} current={current} />
    </section>
  );
}
