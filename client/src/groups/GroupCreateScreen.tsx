import './groups.css';
import { METHODS, type CreateGroupResponse, GROUP_LIMITS } from '@intervision/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NameField, SubmitRow, TitleField } from '../create/formParts';
import { MethodPicker } from '../create/MethodPicker';
import { durationsInSeconds, useFormSubmit } from '../create/useFormSubmit';
import { generateMediaKey, withMediaKey } from '../e2ee/mediaKey';
import { groupCredentialStore } from './groupCredentialStore';
import { GroupCreated } from './GroupCreated';
import { groupsApi } from './groupsApi';
import { viewerTimeZone } from './groupTime';
import { ScheduleFields } from './ScheduleFields';
import { buildSchedule, type ScheduleForm } from './scheduleRule';
import { isTimeZone } from './timeZones';

/** Tomorrow in this browser's calendar, as `YYYY-MM-DD`: a sensible first meeting to start from. */
function tomorrow(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `/groups/new`: the facilitator sets up a group that meets over time. */
export function GroupCreateScreen() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [methodId, setMethodId] = useState(METHODS[0]?.id ?? '');
  const [minutes, setMinutes] = useState<Record<string, number>>({});
  const [maxMembers, setMaxMembers] = useState<number>(GROUP_LIMITS.defaultMaxMembers);
  const [agreement, setAgreement] = useState(() => t('groups.create.agreementDefault'));
  const [schedule, setSchedule] = useState<ScheduleForm>(() => ({
    date: tomorrow(),
    time: '10:00',
    timeZone: viewerTimeZone(),
    repeat: { kind: 'monthly' },
    durationMinutes: 60,
  }));
  const [created, setCreated] = useState<CreateGroupResponse | null>(null);
  const zoneInvalid = !isTimeZone(schedule.timeZone);

  const { busy, error, submit } = useFormSubmit(t('groups.create.failed'));

  const create = async () => {
    if (zoneInvalid) return;
    const res = await groupsApi.create({
      title: title.trim(),
      ...(facilitatorName.trim() ? { facilitatorName: facilitatorName.trim() } : {}),
      method: methodId,
      durations: durationsInSeconds(minutes),
      maxMembers,
      agreement: agreement.trim(),
      schedule: buildSchedule(schedule),
    });
    // As for a session: the media key is made here and lives only in the links' fragments.
    const mediaKey = generateMediaKey();
    const keyed: CreateGroupResponse = {
      ...res,
      facilitatorUrl: withMediaKey(res.facilitatorUrl, mediaKey),
      enrolUrl: withMediaKey(res.enrolUrl, mediaKey),
    };
    groupCredentialStore.saveEnrolUrl(keyed.id, keyed.enrolUrl);
    setCreated(keyed);
  };

  if (created) return <GroupCreated created={created} title={title.trim()} />;

  return (
    <main className="page page--narrow">
      <h1>{t('groups.create.heading')}</h1>
      <p className="lede">{t('groups.create.lede')}</p>
      <form className="card stack" onSubmit={(e) => void submit(create)(e)}>
        <TitleField
          testId="group-title"
          label={t('groups.create.titleLabel')}
          placeholder={t('groups.create.titlePlaceholder')}
          value={title}
          onChange={setTitle}
        />
        <NameField
          testId="group-facilitator-name"
          label={t('groups.create.facilitatorName')}
          required={false}
          value={facilitatorName}
          onChange={setFacilitatorName}
        />
        <MethodPicker
          methodId={methodId}
          onMethodChange={(id) => {
            setMethodId(id);
            setMinutes({});
            // A one-to-one group is the facilitator and one practitioner.
            if (id === 'one-to-one') setMaxMembers(1);
          }}
          minutes={minutes}
          onMinutesChange={(phaseId, m) => setMinutes((prev) => ({ ...prev, [phaseId]: m }))}
        />
        <label className="field">
          <span>{t('groups.create.maxMembers')}</span>
          <input
            data-testid="group-max"
            type="number"
            min={GROUP_LIMITS.membersMin}
            max={GROUP_LIMITS.membersMax}
            value={maxMembers}
            onChange={(e) => setMaxMembers(Number(e.target.value))}
          />
        </label>
        <label className="field">
          <span>{t('groups.agreement.title')}</span>
          <textarea
            data-testid="group-agreement"
            rows={5}
            maxLength={GROUP_LIMITS.agreementMax}
            value={agreement}
            onChange={(e) => setAgreement(e.target.value)}
          />
        </label>
        <ScheduleFields value={schedule} onChange={setSchedule} timeZoneInvalid={zoneInvalid} />
        <SubmitRow
          testId="group-submit"
          label={t('groups.create.submit')}
          busy={busy}
          error={error}
        />
      </form>
    </main>
  );
}
