import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assignmentsFrom, dealRound, roomCountFor } from './breakoutPlan';
import { PLENARY, type BreakoutFormat, type GatheringView } from './gatheringContract';
import { HostPicks } from './HostPicks';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  send: SendGatheringCommand;
}

type Assign = 'random' | 'host' | 'choice';
const DEFAULT_MINUTES: Record<BreakoutFormat, number> = { dyad: 10, open: 15 };

/** The host opens breakout rooms: how big, who goes where, and what they do for how long. */
export function BreakoutForm({ view, send }: Props) {
  const { t } = useTranslation();
  const [size, setSize] = useState(2);
  const [assign, setAssign] = useState<Assign>('random');
  const [format, setFormat] = useState<BreakoutFormat>('dyad');
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES.dyad);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const people = view.members
    .filter((m) => m.role === 'attendee' && m.room === PLENARY)
    .map((m) => m.identity);
  const rooms = roomCountFor(people.length, size);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const allPicks = { ...dealRound(people, rooms), ...picks };
  // A dyad is a pair's format; other sizes talk openly.
  const effectiveFormat: BreakoutFormat = size === 2 ? format : 'open';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const ack = await send('breakouts:open', {
      size,
      assign,
      format: effectiveFormat,
      minutes,
      ...(assign === 'host' ? { assignments: assignmentsFrom(people, allPicks, rooms) } : {}),
    });
    setBusy(false);
    if (!ack.ok) setError(ack.message ?? t('gathering.host.failed'));
  };

  return (
    <form
      className="card stack"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="breakout-form-title"
    >
      <h2 className="section-title" id="breakout-form-title">
        {t('gathering.host.openTitle')}
      </h2>
      <label className="field">
        <span>{t('gathering.host.size')}</span>
        <input
          type="number"
          data-testid="breakout-size"
          min={2}
          max={12}
          value={size}
          onChange={(e) => setSize(Number(e.target.value))}
        />
        <span className="muted small">{t('gathering.host.sizeNote', { rooms })}</span>
      </label>
      <fieldset className="field">
        <legend>{t('gathering.host.assign')}</legend>
        {(['random', 'host', 'choice'] as const).map((a) => (
          <label key={a} className="field field--inline">
            <input
              type="radio"
              name="assign"
              data-testid={`assign-${a}`}
              checked={assign === a}
              onChange={() => setAssign(a)}
            />
            <span>{t(`gathering.host.assign_${a}`)}</span>
          </label>
        ))}
      </fieldset>
      {assign === 'host' && (
        <HostPicks
          view={view}
          people={people}
          rooms={rooms}
          picks={allPicks}
          onPick={(id, n) => setPicks((p) => ({ ...p, [id]: n }))}
        />
      )}
      <fieldset className="field">
        <legend>{t('gathering.host.format')}</legend>
        {(['dyad', 'open'] as const).map((f) => (
          <label key={f} className="field field--inline">
            <input
              type="radio"
              name="format"
              data-testid={`format-${f}`}
              checked={effectiveFormat === f}
              disabled={f === 'dyad' && size !== 2}
              onChange={() => {
                setFormat(f);
                setMinutes(DEFAULT_MINUTES[f]);
              }}
            />
            <span>{t(`gathering.host.format_${f}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('gathering.host.minutes')}</span>
        <input
          type="number"
          data-testid="breakout-minutes"
          min={1}
          max={120}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.target.value))}
        />
      </label>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="breakout-error">
          {error}
        </p>
      )}
      <button
        className="button button--primary"
        data-testid="breakouts-open"
        disabled={busy || people.length === 0}
      >
        {t('gathering.host.open', { rooms })}
      </button>
    </form>
  );
}
