import { LIMITS, METHODS, findMethod } from '@intervision/shared';

interface Props {
  methodId: string;
  onMethodChange: (id: string) => void;
  /** Chair's overrides in minutes, by phase id; missing phases use the method's default. */
  minutes: Record<string, number>;
  onMinutesChange: (phaseId: string, minutes: number) => void;
}

/** The method choice with its phases and editable minutes. */
export function MethodPicker({ methodId, onMethodChange, minutes, onMinutesChange }: Props) {
  const method = findMethod(methodId);
  const total =
    method?.phases.reduce((sum, p) => sum + (minutes[p.id] ?? p.defaultSeconds / 60), 0) ?? 0;
  return (
    <fieldset className="stack">
      <legend>Method</legend>
      <select
        data-testid="create-method"
        aria-label="Method"
        value={methodId}
        onChange={(e) => onMethodChange(e.target.value)}
      >
        {METHODS.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}
          </option>
        ))}
      </select>
      {method && (
        <>
          <p className="muted">{method.summary}</p>
          <ol className="phase-table">
            {method.phases.map((p) => (
              <li key={p.id}>
                <label>
                  <span>{p.title}</span>
                  <span className="phase-table__minutes">
                    <input
                      type="number"
                      min={1}
                      max={LIMITS.phaseSecondsMax / 60}
                      step={1}
                      value={minutes[p.id] ?? p.defaultSeconds / 60}
                      onChange={(e) => onMinutesChange(p.id, Math.max(1, Number(e.target.value)))}
                      aria-label={`${p.title} minutes`}
                    />
                    min
                  </span>
                </label>
              </li>
            ))}
          </ol>
          <p className="muted">Total: {Math.round(total)} minutes</p>
        </>
      )}
    </fieldset>
  );
}
