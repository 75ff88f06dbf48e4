import type { ParticipantView, SessionView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

function connection(p: ParticipantView) {
  if (!p.connected) return { label: 'people.offline', tone: 'off' } as const;
  if (!p.inMedia) return { label: 'people.noVideo', tone: 'partial' } as const;
  return { label: 'people.inCall', tone: 'on' } as const;
}

/** Who is here, in which role, and whether they are connected. */
export function ParticipantList({ view, identity }: { view: SessionView; identity: string }) {
  const { t } = useTranslation();
  return (
    <section className="people card" aria-label={t('people.region')}>
      <h2 className="section-title">
        {t('people.heading', {
          connected: view.participants.filter((p) => p.connected).length,
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}
