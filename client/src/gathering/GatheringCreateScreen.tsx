import { GATHERING_LIMITS, LIMITS, type CreateGatheringResponse } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { generateMediaKey, withMediaKey } from '../e2ee/mediaKey';
import { gatheringApi } from './gatheringApi';
import { GatheringLinks } from './GatheringLinks';
import { gatheringStore } from './gatheringStore';

export const gatheringLinksPath = (id: string) => `/gathering/${encodeURIComponent(id)}/links`;

/** `/gatherings/new`: the host names the gathering and receives the host, helper and invite links. */
export function GatheringCreateScreen() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [max, setMax] = useState<number>(GATHERING_LIMITS.defaultMaxParticipants);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateGatheringResponse | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await gatheringApi.create({ title: title.trim(), maxParticipants: max });
      // As for sessions: the media key is made here and lives only in the links' fragments.
      const key = generateMediaKey();
      const keyed: CreateGatheringResponse = {
        ...res,
        hostUrl: withMediaKey(res.hostUrl, key),
        helperUrl: withMediaKey(res.helperUrl, key),
        inviteUrl: withMediaKey(res.inviteUrl, key),
      };
      gatheringStore.saveLinks({ created: keyed, title: title.trim() });
      window.history.replaceState(null, '', gatheringLinksPath(keyed.id));
      setCreated(keyed);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('gathering.create.failed'));
    } finally {
      setBusy(false);
    }
  };

  if (created) return <GatheringLinks created={created} title={title.trim()} />;

  return (
    <main className="page page--narrow">
      <h1>{t('gathering.create.title')}</h1>
      <p className="lede">{t('gathering.create.lede')}</p>
      <form className="card stack" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('gathering.create.titleLabel')}</span>
          <input
            data-testid="gathering-title"
            required
            maxLength={LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('gathering.create.titlePlaceholder')}
          />
        </label>
        <label className="field">
          <span>{t('gathering.create.maxLabel')}</span>
          <input
            data-testid="gathering-max"
            type="number"
            min={GATHERING_LIMITS.participantsMin}
            max={GATHERING_LIMITS.participantsMax}
            value={max}
            onChange={(e) => setMax(Number(e.target.value))}
          />
        </label>
        {error && (
          <p className="alert alert--error" role="alert" data-testid="error-message">
            {error}
          </p>
        )}
        <button className="button button--primary" data-testid="gathering-submit" disabled={busy}>
          {busy ? t('gathering.create.submitting') : t('gathering.create.submit')}
        </button>
      </form>
    </main>
  );
}
