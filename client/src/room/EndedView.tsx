import type { Role } from '@intervision/shared';
import { useState } from 'react';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';

interface Props {
  sessionId: string;
  credential: string;
  role: Role;
  onDeleted: () => void;
}

/** After the end: thanks, and for the chair a way to delete everything stored about the session. */
export function EndedView({ sessionId, credential, role, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await api.deleteSession(sessionId, credential);
      onDeleted();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The session could not be deleted.');
    }
  };
  return (
    <section className="card stack ended" aria-label="Session ended" data-testid="ended-view">
      <h2>The session has ended</h2>
      <p>Thank you for taking part. You can close this tab.</p>
      {role === 'chair' && !confirming && (
        <button className="button" data-testid="delete-session" onClick={() => setConfirming(true)}>
          Delete the session's data…
        </button>
      )}
      {role === 'chair' && confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-title">
          <p id="delete-title">
            Delete this session and everything stored about it? The links stop working.
          </p>
          <div className="button-row">
            <button
              className="button button--danger"
              data-testid="delete-confirm"
              onClick={() => void remove()}
            >
              Yes, delete
            </button>
            <button className="button" onClick={() => setConfirming(false)}>
              Keep it
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
