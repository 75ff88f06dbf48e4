import type { AirtimeMirror, SessionView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  mirror: AirtimeMirror | null;
}

/**
 * The group's airtime mirror, shown to everyone while the chair shows it: one bar per person,
 * relative to whoever spoke most, and no numbers — a picture of balance to talk about.
 */
export function AirtimeMirrorView({ view, mirror }: Props) {
  const { t } = useTranslation();
  if (!mirror || view.status === 'ended') return null;
  const share = (id: string) => mirror.shares[id] ?? 0;
  const people = view.participants.filter((p) => p.identity in mirror.shares);
  const max = Math.max(1, ...people.map((p) => share(p.identity)));
  return (
    <section
      className="airtime-mirror card"
      aria-labelledby="airtime-mirror-heading"
      data-testid="airtime-mirror-view"
    >
      <h2 className="section-title" id="airtime-mirror-heading">
        {mirror.scope === 'phase' ? t('airtime.mirrorPhase') : t('airtime.mirrorSession')}
      </h2>
      <ul className="airtime__list">
        {people.map((p) => (
          <li key={p.identity} className="airtime__person" data-testid="airtime-mirror-person">
            <span className="airtime__name">{p.name}</span>
            <span
              className="airtime__bar airtime__bar--session"
              data-testid="airtime-mirror-bar"
              role="img"
              aria-label={t('airtime.shareLabel', { name: p.name, share: share(p.identity) })}
              style={{ inlineSize: `${(100 * share(p.identity)) / max}%` }}
            />
          </li>
        ))}
      </ul>
      <p className="muted">{t('airtime.mirrorNote')}</p>
    </section>
  );
}
