import { usePrivateNotes } from './usePrivateNotes';
import { useTranslation } from 'react-i18next';

interface Props {
  sessionId: string;
}

/** The presenter's place during muted reflection: why they are off, and a private notes pad. */
export function ListeningView({ sessionId }: Props) {
  const { t } = useTranslation();
  const [notes, setNotes] = usePrivateNotes(sessionId);
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
      <label className="field">
        <span>{t('listening.notes')}</span>
        <textarea
          data-testid="private-notes"
          rows={5}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          placeholder={t('listening.notesPlaceholder')}
        />
      </label>
      <p className="muted small">{t('listening.notesPrivacy')}</p>
    </section>
  );
}
