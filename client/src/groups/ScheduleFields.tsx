import { useTranslation } from 'react-i18next';
import { RepeatFields } from './RepeatFields';
import type { ScheduleForm } from './scheduleRule';
import { TimeZoneField } from './TimeZoneField';

interface Props {
  value: ScheduleForm;
  onChange: (next: ScheduleForm) => void;
  timeZoneInvalid: boolean;
}

export const MEETING_MINUTES = { min: 15, max: 480 } as const;

/** When the group meets: the first meeting, its time zone, how it repeats, and how long it lasts. */
export function ScheduleFields({ value, onChange, timeZoneInvalid }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ScheduleForm>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="stack">
      <legend>{t('groups.schedule.legend')}</legend>
      <div className="button-row">
        <label className="field">
          <span>{t('groups.schedule.date')}</span>
          <input
            type="date"
            required
            data-testid="group-start-date"
            value={value.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('groups.schedule.time')}</span>
          <input
            type="time"
            required
            data-testid="group-start-time"
            value={value.time}
            onChange={(e) => set({ time: e.target.value })}
          />
        </label>
      </div>
      <TimeZoneField
        value={value.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        invalid={timeZoneInvalid}
      />
      <RepeatFields
        repeat={value.repeat}
        date={value.date}
        onChange={(repeat) => set({ repeat })}
      />
      <label className="field">
        <span>{t('groups.schedule.length')}</span>
        <input
          type="number"
          required
          data-testid="group-length"
          min={MEETING_MINUTES.min}
          max={MEETING_MINUTES.max}
          step={5}
          value={value.durationMinutes}
          onChange={(e) => set({ durationMinutes: Number(e.target.value) })}
        />
      </label>
    </fieldset>
  );
}
