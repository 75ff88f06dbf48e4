import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneList } from './timeZones';

interface Props {
  value: string;
  onChange: (zone: string) => void;
  invalid: boolean;
}

/** A searchable list of time zones: type part of a city ("Lon") and pick the zone. */
export function TimeZoneField({ value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const zones = useMemo(timeZoneList, []);
  return (
    <label className="field">
      <span>{t('groups.schedule.timeZone')}</span>
      <input
        data-testid="group-time-zone"
        list="group-time-zones"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby="group-time-zone-hint"
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id="group-time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <span id="group-time-zone-hint" className={invalid ? 'alert alert--error' : 'muted'}>
        {invalid ? t('groups.schedule.timeZoneUnknown') : t('groups.schedule.timeZoneHint')}
      </span>
    </label>
  );
}
