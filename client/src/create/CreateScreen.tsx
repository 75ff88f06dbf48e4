import { LIMITS, METHODS, type CreateSessionResponse } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';
import { credentialStore } from '../api/credentialStore';
import { generateMediaKey, withMediaKey } from '../e2ee/mediaKey';
import { CreatedLinks } from './CreatedLinks';
import { linksPath, linksStore } from './linksStore';
import { MethodPicker } from './MethodPicker';

/** Home: the chair sets up a session and receives the chair link and the invite link. */
export function CreateScreen() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [methodId, setMethodId] = useState(METHODS[0]?.id ?? '');
  const [minutes, setMinutes] = useState<Record<string, number>>({});
  const [autoAdvance, setAutoAdvance] = useState(true);
  const [maxParticipants, setMaxParticipants] = useState<number>(LIMITS.defaultMaxParticipants);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateSessionResponse | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const durations = Object.fromEntries(
        Object.entries(minutes).map(([phaseId, m]) => [phaseId, Math.round(m * 60)]),
      );
      const res = await api.createSession({
        title: title.trim(),
        method: methodId,
        durations,
        autoAdvance,
        maxParticipants,
      });
      // The media key is made here and only ever added to the links' fragments: our server never
      // learns it, so it cannot decrypt the session's video and sound.
      const mediaKey = generateMediaKey();
      const keyed: CreateSessionResponse = {
        ...res,
        chairUrl: withMediaKey(res.chairUrl, mediaKey),
        inviteUrl: withMediaKey(res.inviteUrl, mediaKey),
      };
      credentialStore.saveInvite(keyed.id, keyed.inviteUrl);
      linksStore.save({ created: keyed, title: title.trim() });
      // A reload now comes back to the links instead of an empty form.
      window.history.replaceState(null, '', linksPath(keyed.id));
      setCreated(keyed);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('create.failed'));
    } finally {
      setBusy(false);
    }
  };

  if (created) return <CreatedLinks created={created} title={title} />;

  return (
    <main className="page page--narrow">
      <h1>{t('app.name')}</h1>
      <p className="lede">{t('create.lede')}</p>
      <p className="muted">
        {t('create.groupInstead')}{' '}
        <a href="/groups/new" data-testid="new-group">
          {t('create.newGroup')}
        </a>
      </p>
      <p className="muted">
        {t('create.gatheringInstead')}{' '}
        <a href="/gatherings/new" data-testid="new-gathering">
          {t('create.newGathering')}
        </a>
      </p>
      <form className="card stack" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('create.titleLabel')}</span>
          <input
            data-testid="create-title"
            required
            maxLength={LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('create.titlePlaceholder')}
          />
        </label>
        <MethodPicker
          methodId={methodId}
          onMethodChange={(id) => {
            setMethodId(id);
            setMinutes({});
          }}
          minutes={minutes}
          onMinutesChange={(phaseId, m) => setMinutes((prev) => ({ ...prev, [phaseId]: m }))}
        />
        <label className="field field--inline">
          <input
            data-testid="create-auto-advance"
            type="checkbox"
            checked={autoAdvance}
            onChange={(e) => setAutoAdvance(e.target.checked)}
          />
          <span>{t('create.autoAdvance')}</span>
        </label>
        <label className="field">
          <span>{t('create.groupSize')}</span>
          <input
            data-testid="create-max"
            type="number"
            min={LIMITS.participantsMin}
            max={LIMITS.participantsMax}
            value={maxParticipants}
            onChange={(e) => setMaxParticipants(Number(e.target.value))}
          />
        </label>
        {error && (
          <p className="alert alert--error" role="alert" data-testid="error-message">
            {error}
          </p>
        )}
        <button className="button button--primary" data-testid="create-submit" disabled={busy}>
          {busy ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </main>
  );
}
