import { useTranslation } from 'react-i18next';
import { PrivateNotes } from './PrivateNotes';

interface Props {
  sessionId: string;
}

/** The presenter's place during muted reflection: why they are off, and a private notes pad. */
export function ListeningView({ sessionId }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="listening card"
      aria-label={t('listening.region')}
      data-testid="listening-view"
    >
      <h2 className="section-title">{t('listening.heading')}</h2>
      <p className="listening__reason" data-testid="listening-reason">
        {t('media.listenPresenter')}
      </p>
      <p className="muted small">{t('listening.off')}</p>
      <PrivateNotes sessionId={sessionId} />
    </section>
  );
}
