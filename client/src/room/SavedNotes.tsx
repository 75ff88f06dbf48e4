import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivateNotes } from './usePrivateNotes';

/**
 * After the session: the presenter's notes, still only in this browser, to read, copy or delete.
 * Nothing shows when there are none.
 */
export function SavedNotes({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [notes, setNotes] = usePrivateNotes(sessionId);
  const [deleted, setDeleted] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted) doneRef.current?.focus();
  }, [deleted]);
  if (deleted)
    return (
      <p className="muted" role="status" tabIndex={-1} ref={doneRef} data-testid="notes-deleted">
        {t('notes.deleted')}
      </p>
    );
  if (!notes) return null;
  return (
    <div className="stack saved-notes" data-testid="saved-notes">
      <h3 className="section-title">{t('notes.heading')}</h3>
      <p className="muted small">{t('notes.where')}</p>
      <pre className="saved-notes__text">{notes}</pre>
      <button
        className="button"
        data-testid="notes-delete"
        onClick={() => {
          setNotes('');
          setDeleted(true);
        }}
      >
        {t('notes.delete')}
      </button>
    </div>
  );
}
