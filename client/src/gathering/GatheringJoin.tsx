import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { browserSupportsE2EE } from '../e2ee/browserSupportsE2EE';
import { gatheringApi } from './gatheringApi';
import type { GatheringMembership } from './gatheringStore';
import { NameField } from '../create/formParts';

interface Props {
  gatheringId: string;
  secret: string | null;
  mediaKey: string | null;
  /** Why a stored credential stopped working, if it did. */
  refused: string | null;
  e2eeSupported?: boolean;
  onJoined: (membership: GatheringMembership) => void;
}

const NAME_KEY = 'intervision:name';

/** The way into a gathering: a name, the camera choice, and a word on the microphone. */
export function GatheringJoin({
  gatheringId,
  secret,
  mediaKey,
  refused,
  e2eeSupported = browserSupportsE2EE(),
  onJoined,
}: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [camOn, setCamOn] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(refused ? t('gathering.join.refused') : null);
  const closed = !secret
    ? t('problem.bad_link.title')
    : !mediaKey
      ? t('problem.no_media_key.title')
      : !e2eeSupported
        ? t('problem.e2ee_unsupported.title')
        : null;
  const trimmed = name.trim();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!secret || !mediaKey || !trimmed) return;
    setBusy(true);
    setError(null);
    try {
      const res = await gatheringApi.join(gatheringId, { secret, name: trimmed });
      localStorage.setItem(NAME_KEY, trimmed);
      onJoined({ ...res, name: trimmed, mediaKey, camOn });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('gathering.join.failed'));
      setBusy(false);
    }
  };

  return (
    <main className="page page--narrow">
      <h1>{t('gathering.join.title')}</h1>
      {closed ? (
        <p className="alert alert--error" role="alert" data-testid="join-closed">
          {closed}
        </p>
      ) : (
        <form className="card stack" onSubmit={(e) => void submit(e)}>
          <NameField
            testId="join-name"
            label={t('join.name')}
            required
            value={name}
            onChange={setName}
          />
          <label className="field field--inline">
            <input
              type="checkbox"
              data-testid="join-camera"
              checked={camOn}
              onChange={(e) => setCamOn(e.target.checked)}
            />
            <span>{t('gathering.join.camera')}</span>
          </label>
          <p className="muted">{t('gathering.join.micNote')}</p>
          <p className="muted">{t('gathering.join.privacy')}</p>
          {error && (
            <p className="alert alert--error" role="alert" data-testid="error-message">
              {error}
            </p>
          )}
          <button
            className="button button--primary"
            data-testid="join-submit"
            disabled={busy || !trimmed}
          >
            {busy ? t('join.submitting') : t('gathering.join.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
