import type { ParticipantView, Role, SessionView } from '@intervision/shared';
import { useRef, useState } from 'react';
import type { SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';
import { RemoveConfirm } from './RemoveConfirm';

const ROLE: Record<Role, string> = { chair: 'Chair', presenter: 'Presenter', peer: 'Peer' };

function connection(p: ParticipantView): { label: string; tone: string } {
  if (!p.connected) return { label: 'offline', tone: 'off' };
  if (!p.inMedia) return { label: 'no video yet', tone: 'partial' };
  return { label: 'in the call', tone: 'on' };
}

interface Props {
  view: SessionView;
  identity: string;
  /** The viewer's role: the chair may remove people. */
  role?: Role;
  send?: SendCommand;
}

/** Who is here, in which role, and whether they are connected; the chair can remove someone. */
export function ParticipantList({ view, identity, role, send }: Props) {
  const [confirming, setConfirming] = useState<ParticipantView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const canRemove = role === 'chair' && view.status !== 'ended' && Boolean(send);
  // The cap counts peers (the presenter too); the chair always has a place.
  const peers = view.participants.filter((p) => p.role !== 'chair');

  const close = (focus: HTMLElement | null | undefined) => {
    setConfirming(null);
    // Back where the chair was; after a removal that button is gone, so to the list itself.
    window.setTimeout(() => (focus?.isConnected ? focus : headingRef.current)?.focus(), 0);
  };
  const remove = async (person: ParticipantView) => {
    if (!send) return;
    setError(null);
    const ack = await send('participant:remove', { identity: person.identity });
    if (ack.ok) {
      close(headingRef.current);
    } else {
      setError(commandErrorMessage(ack.error, ack.message));
      close(triggers.current.get(person.identity));
    }
  };

  return (
    <section className="people card" aria-label="Participants">
      <h2 className="section-title" ref={headingRef} tabIndex={-1}>
        People ({peers.filter((p) => p.connected).length}/{view.maxParticipants})
      </h2>
      <ul className="people__list" data-testid="participant-list">
        {view.participants.map((p) => {
          const c = connection(p);
          return (
            <li key={p.identity} className="people__item" data-identity={p.identity}>
              <span className={`dot dot--${c.tone}`} aria-hidden="true" />
              <span className="people__name">
                {p.name}
                {p.identity === identity ? ' (you)' : ''}
              </span>
              <span className="people__role">{ROLE[p.role]}</span>
              <span className="sr-only">, {c.label}</span>
              <span className="people__state" aria-hidden="true">
                {c.label}
              </span>
              {canRemove && p.identity !== identity && (
                <button
                  className="button button--small people__remove"
                  data-testid="participant-remove"
                  aria-label={`Remove ${p.name}`}
                  aria-haspopup="dialog"
                  ref={(el) => {
                    if (el) triggers.current.set(p.identity, el);
                    else triggers.current.delete(p.identity);
                  }}
                  onClick={() => {
                    setError(null);
                    setConfirming(p);
                  }}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {confirming && (
        <RemoveConfirm
          name={confirming.name}
          onConfirm={() => void remove(confirming)}
          onCancel={() => close(triggers.current.get(confirming.identity))}
        />
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
