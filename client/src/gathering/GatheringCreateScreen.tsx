import { GATHERING_LIMITS, type CreateGatheringResponse } from '@intervision/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitRow, TitleField } from '../create/formParts';
import { useFormSubmit } from '../create/useFormSubmit';
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
  const [created, setCreated] = useState<CreateGatheringResponse | null>(null);

  const { busy, error, submit } = useFormSubmit(t('gathering.create.failed'));

  const create = async () => {
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
  };

  if (created) return <GatheringLinks created={created} title={title.trim()} />;

  return (
    <main className="page page--narrow">
      <h1>{t('gathering.create.title')}</h1>
      <p className="lede">{t('gathering.create.lede')}</p>
      <form className="card stack" onSubmit={(e) => void submit(create)(e)}>
        <TitleField
          testId="gathering-title"
          label={t('gathering.create.titleLabel')}
          placeholder={t('gathering.create.titlePlaceholder')}
          value={title}
          onChange={setTitle}
        />
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
        <SubmitRow
          testId="gathering-submit"
          label={t('gathering.create.submit')}
          busy={busy}
          error={error}
        />
      </form>
    </main>
  );
}
