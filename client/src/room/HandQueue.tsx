import type { Role, SessionView } from '@intervision/shared';
import type { SendCommand } from '../session/useSession';

interface Props {
  view: SessionView;
  identity: string;
  role: Role;
  send: SendCommand;
}

/** Raised hands in the order they went up, the same list for everyone. */
export function HandQueue({ view, identity, role, send }: Props) {
  const raised = view.hands.includes(identity);
  const nameOf = (id: string) =>
    view.participants.find((p) => p.identity === id)?.name ?? 'Someone';
  return (
    <section className="hands card" aria-label="Raised hands">
      <div className="hands__head">
        <h2 className="section-title">Hands</h2>
        {view.status !== 'ended' && (
          <button
            className={`button${raised ? ' button--active' : ''}`}
            data-testid="hand-raise"
            aria-pressed={raised}
            onClick={() => void send(raised ? 'hand:lower' : 'hand:raise')}
          >
            {raised ? 'Lower my hand' : 'Raise hand'}
          </button>
        )}
      </div>
      <ol
        className="hands__queue"
        data-testid="hand-queue"
        aria-label="Hand queue, first raised first"
      >
        {view.hands.map((id, i) => (
          <li key={id}>
            <span>
              {i + 1}. {nameOf(id)}
              {id === identity ? ' (you)' : ''}
            </span>
            {role === 'chair' && id !== identity && (
              <button
                className="button button--small"
                onClick={() => void send('hand:lower', { identity: id })}
                aria-label={`Lower ${nameOf(id)}'s hand`}
              >
                Lower
              </button>
            )}
          </li>
        ))}
      </ol>
      {view.hands.length === 0 && <p className="muted small">No hands raised.</p>}
    </section>
  );
}
