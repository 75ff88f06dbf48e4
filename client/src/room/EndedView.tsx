import type { Role } from '@intervision/shared';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';
import { SavedNotes } from './SavedNotes';
import { useTranslation } from 'react-i18next';

interface Props {
  sessionId: string;
  credential: string;
  role: Role;
  onDeleted: () => void;
}

/** After the end: thanks, and for the chair a way to delete everything stored about the session. */
export function EndedView({ sessionId, credential, role, onDeleted }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The question's safe answer takes focus when it appears.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  const cancel = () => {
    setConfirming(false);
    deleteRef.current?.focus();
  };
  const remove = async () => {
    try {
      await api.deleteSession(sessionId, credential);
      onDeleted();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('ended.deleteFailed'));
    }
  };
  return (
    <section className="card stack ended" aria-label={t('ended.region')} data-testid="ended-view">
      <h2>{t('ended.heading')}</h2>
      <p>{t('ended.thanks')}</p>
      <SavedNotes sessionId={sessionId} />
      {role === 'chair' && (
        <button
          ref={deleteRef}
          className="button"
          data-testid="delete-session"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t('ended.delete')}
        </button>
      )}
      {role === 'chair' && confirming && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="delete-title"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <p id="delete-title">{t('ended.deleteConfirm')}</p>
          <div className="button-row">
            <button
              className="button button--danger"
              data-testid="delete-confirm"
              onClick={() => void remove()}
            >
              {t('ended.deleteYes')}
            </button>
            <button className="button" ref={keepRef} data-testid="delete-cancel" onClick={cancel}>
              {t('ended.deleteNo')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
