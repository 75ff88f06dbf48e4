import type { ParticipantView, Role, SessionView } from '@intervision/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';
import { RemoveConfirm } from './RemoveConfirm';

function connection(p: ParticipantView) {
  if (!p.connected) return { label: 'people.offline', tone: 'off' } as const;
  if (!p.inMedia) return { label: 'people.noVideo', tone: 'partial' } as const;
  return { label: 'people.inCall', tone: 'on' } as const;
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
  const { t } = useTranslation();
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
      setError(commandErrorMessage(t, ack.error));
      close(triggers.current.get(person.identity));
    }
  };

  return (
    <section className="people card" aria-label={t('people.region')}>
      <h2 className="section-title" ref={headingRef} tabIndex={-1}>
        {t('people.heading', {
          connected: peers.filter((p) => p.connected).length,
          max: view.maxParticipants,
        })}
      </h2>
      <ul className="people__list" data-testid="participant-list">
        {view.participants.map((p) => {
          const c = connection(p);
          return (
            <li key={p.identity} className="people__item" data-identity={p.identity}>
              <span className={`dot dot--${c.tone}`} aria-hidden="true" />
              <span className="people__name">
                {p.identity === identity ? t('people.you', { name: p.name }) : p.name}
              </span>
              <span className="people__role">{t(`roles.${p.role}`)}</span>
              <span className="sr-only">, {t(c.label)}</span>
              <span className="people__state" aria-hidden="true">
                {t(c.label)}
              </span>
              {canRemove && p.identity !== identity && (
                <button
                  className="button button--small people__remove"
                  data-testid="participant-remove"
                  aria-label={t('people.removeLabel', { name: p.name })}
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
                  {t('people.remove')}
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
