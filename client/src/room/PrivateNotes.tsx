import { useTranslation } from 'react-i18next';
import { usePrivateNotes } from './usePrivateNotes';

/** The presenter's notes pad: written while listening, still at hand while responding. */
export function PrivateNotes({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [notes, setNotes] = usePrivateNotes(sessionId);
  return (
    <>
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
    </>
  );
}
