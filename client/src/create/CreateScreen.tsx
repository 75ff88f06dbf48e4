import { LIMITS, METHODS, type CreateSessionResponse } from '@intervision/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/apiClient';
import { credentialStore } from '../api/credentialStore';
import { generateMediaKey, withMediaKey } from '../e2ee/mediaKey';
import { CreatedLinks } from './CreatedLinks';
import { linksPath, linksStore } from './linksStore';
import { MethodPicker } from './MethodPicker';
import { SubmitRow, TitleField } from './formParts';
import { durationsInSeconds, useFormSubmit } from './useFormSubmit';

/** Home: the chair sets up a session and receives the chair link and the invite link. */
export function CreateScreen() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [methodId, setMethodId] = useState(METHODS[0]?.id ?? '');
  const [minutes, setMinutes] = useState<Record<string, number>>({});
  const [autoAdvance, setAutoAdvance] = useState(true);
  const [maxParticipants, setMaxParticipants] = useState<number>(LIMITS.defaultMaxParticipants);
  const [created, setCreated] = useState<CreateSessionResponse | null>(null);

  const { busy, error, submit } = useFormSubmit(t('create.failed'));

  const create = async () => {
    const res = await api.createSession({
      title: title.trim(),
      method: methodId,
      durations: durationsInSeconds(minutes),
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
      <form className="card stack" onSubmit={(e) => void submit(create)(e)}>
        <TitleField
          testId="create-title"
          label={t('create.titleLabel')}
          placeholder={t('create.titlePlaceholder')}
          value={title}
          onChange={setTitle}
        />
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
        <SubmitRow testId="create-submit" label={t('create.submit')} busy={busy} error={error} />
      </form>
    </main>
  );
}
