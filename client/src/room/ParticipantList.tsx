import type { ParticipantView, Role, SessionView } from '@intervision/shared';

const ROLE: Record<Role, string> = { chair: 'Chair', presenter: 'Presenter', peer: 'Peer' };

function connection(p: ParticipantView): { label: string; tone: string } {
  if (!p.connected) return { label: 'offline', tone: 'off' };
  if (!p.inMedia) return { label: 'no video yet', tone: 'partial' };
  return { label: 'in the call', tone: 'on' };
}

/** Who is here, in which role, and whether they are connected. */
export function ParticipantList({ view, identity }: { view: SessionView; identity: string }) {
  return (
    <section className="people card" aria-label="Participants">
      <h2 className="section-title">
        People ({view.participants.filter((p) => p.connected).length}/{view.maxParticipants})
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}
