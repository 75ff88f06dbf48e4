import { METHODS, findMethod } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { useMethodText } from '../i18n/useMethodText';
import { MinutesInput } from './MinutesInput';

interface Props {
  methodId: string;
  onMethodChange: (id: string) => void;
  /** Chair's overrides in minutes, by phase id; missing phases use the method's default. */
  minutes: Record<string, number>;
  onMinutesChange: (phaseId: string, minutes: number) => void;
}

/** The method choice with its phases and editable minutes. */
export function MethodPicker({ methodId, onMethodChange, minutes, onMinutesChange }: Props) {
  const { t, i18n } = useTranslation();
  const text = useMethodText();
  const method = findMethod(methodId);
  const total =
    method?.phases.reduce((sum, p) => sum + (minutes[p.id] ?? p.defaultSeconds / 60), 0) ?? 0;
  return (
    <fieldset className="stack">
      <legend>{t('create.method')}</legend>
      <select
        data-testid="create-method"
        aria-label={t('create.method')}
        value={methodId}
        onChange={(e) => onMethodChange(e.target.value)}
      >
        {METHODS.map((m) => (
          <option key={m.id} value={m.id}>
            {text.methodTitle(m)}
          </option>
        ))}
      </select>
      {method && (
        <>
          <p className="muted">{text.methodSummary(method)}</p>
          <ol className="phase-table">
            {method.phases.map((p) => {
              const title = text.phaseTitle(method.id, p);
              return (
                <li key={p.id}>
                  <label>
                    <span>{title}</span>
                    <span className="phase-table__minutes">
                      <MinutesInput
                        value={minutes[p.id] ?? p.defaultSeconds / 60}
                        onChange={(m) => onMinutesChange(p.id, m)}
                        label={t('create.phaseMinutes', { phase: title })}
                      />
                      {t('create.minutesShort')}
                    </span>
                  </label>
                </li>
              );
            })}
          </ol>
          <p className="muted">
            {t('create.total', {
              minutes: new Intl.NumberFormat(i18n.resolvedLanguage).format(Math.round(total)),
            })}
          </p>
        </>
      )}
    </fieldset>
  );
}
