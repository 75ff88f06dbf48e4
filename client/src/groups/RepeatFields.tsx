import { useTranslation } from 'react-i18next';
import type { Repeat } from './scheduleRule';
import { nthWeekday } from './scheduleRule';
import { dateLocale } from './groupTime';

interface Props {
  repeat: Repeat;
  /** The first meeting's date: the monthly choice is named after it ("the second Tuesday"). */
  date: string;
  onChange: (repeat: Repeat) => void;
}

const MAX_DATES = 52;

/** Once, every N weeks, monthly on the start date's weekday, or a list of dates. */
export function RepeatFields({ repeat, date, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const nth = nthWeekday(date);
  const weekday = nth
    ? new Intl.DateTimeFormat(dateLocale(i18n.resolvedLanguage), {
        weekday: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${date}T12:00:00Z`))
    : '';
  const ordinals = {
    1: t('groups.schedule.ordinal.1'),
    2: t('groups.schedule.ordinal.2'),
    3: t('groups.schedule.ordinal.3'),
    4: t('groups.schedule.ordinal.4'),
    [-1]: t('groups.schedule.ordinal.last'),
  } as Record<number, string>;
  const ordinal = nth ? (ordinals[nth.n] ?? '') : '';
  const interval = repeat.kind === 'weeks' ? repeat.interval : 4;
  const dates = repeat.kind === 'dates' ? repeat.dates : [''];
  const radio = (kind: Repeat['kind'], next: Repeat, label: string) => (
    <label className="field field--inline">
      <input
        type="radio"
        name="group-repeat"
        data-testid={`group-repeat-${kind}`}
        checked={repeat.kind === kind}
        onChange={() => onChange(next)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="stack">
      <legend>{t('groups.schedule.repeat')}</legend>
      {radio('none', { kind: 'none' }, t('groups.schedule.once'))}
      <div className="field--inline-group">
        {radio('weeks', { kind: 'weeks', interval }, t('groups.schedule.everyWeeks'))}
        <input
          type="number"
          className="input--short"
          data-testid="group-repeat-interval"
          min={1}
          max={12}
          value={interval}
          aria-label={t('groups.schedule.weeksLabel')}
          onChange={(e) =>
            onChange({ kind: 'weeks', interval: Math.min(12, Math.max(1, Number(e.target.value))) })
          }
        />
        <span>{t('groups.schedule.weeks')}</span>
      </div>
      {radio(
        'monthly',
        { kind: 'monthly' },
        nth ? t('groups.schedule.monthlyOn', { ordinal, weekday }) : t('groups.schedule.monthly'),
      )}
      {radio('dates', { kind: 'dates', dates }, t('groups.schedule.onDates'))}
      {repeat.kind === 'dates' && (
        <div className="stack">
          <p className="muted">{t('groups.schedule.datesHint')}</p>
          {dates.map((d, i) => (
            <div className="button-row" key={i}>
              <input
                type="date"
                data-testid="group-extra-date"
                value={d}
                aria-label={t('groups.schedule.dateNumber', { number: i + 2 })}
                onChange={(e) =>
                  onChange({
                    kind: 'dates',
                    dates: dates.map((x, j) => (j === i ? e.target.value : x)),
                  })
                }
              />
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange({ kind: 'dates', dates: dates.filter((_, j) => j !== i) })}
              >
                {t('groups.schedule.removeDate')}
              </button>
            </div>
          ))}
          {dates.length < MAX_DATES - 1 && (
            <button
              type="button"
              className="button button--small"
              data-testid="group-add-date"
              onClick={() => onChange({ kind: 'dates', dates: [...dates, ''] })}
            >
              {t('groups.schedule.addDate')}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
