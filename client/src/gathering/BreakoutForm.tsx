import {
  DYAD_SUPERVISION,
  GATHERING_LIMITS,
  METHODS,
  OPEN_TALK_DEFAULT_MINUTES,
  PLENARY,
  type GatheringView,
} from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethodText } from '../i18n/useMethodText';
import { assignmentsFrom, dealRound, roomCountFor } from './breakoutPlan';
import { HostPicks } from './HostPicks';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  send: SendGatheringCommand;
}

type Assign = 'random' | 'host' | 'choice';
const OPEN_TALK = 'open-talk';

/** The host opens breakout rooms: how big, who goes where, and what they do for how long. */
export function BreakoutForm({ view, send }: Props) {
  const { t } = useTranslation();
  const { methodTitle } = useMethodText();
  const [size, setSize] = useState(2);
  const [assign, setAssign] = useState<Assign>('random');
  const [format, setFormat] = useState<string>(DYAD_SUPERVISION.id);
  const [minutes, setMinutes] = useState(OPEN_TALK_DEFAULT_MINUTES);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const people = view.members
    .filter((m) => m.role === 'attendee' && m.place === PLENARY && m.connected)
    .map((m) => m.identity);
  const rooms = roomCountFor(people.length, size, assign === 'choice');
  const allPicks = { ...dealRound(people, rooms), ...picks };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const ack = await send('breakouts:open', {
      size,
      assign,
      format,
      ...(format === OPEN_TALK ? { minutes } : {}),
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
          min={GATHERING_LIMITS.roomSizeMin}
          max={GATHERING_LIMITS.roomSizeMax}
          value={size}
          onChange={(e) => setSize(Number(e.target.value))}
          aria-describedby="breakout-size-note"
        />
        <span className="muted small" id="breakout-size-note">
          {t('gathering.host.sizeNote', { count: rooms })}
        </span>
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
      <label className="field">
        <span>{t('gathering.host.format')}</span>
        <select
          data-testid="breakout-format"
          value={format}
          onChange={(e) => setFormat(e.target.value)}
        >
          <option value={DYAD_SUPERVISION.id}>{t('gathering.host.format_dyad')}</option>
          <option value={OPEN_TALK}>{t('gathering.host.format_open')}</option>
          {METHODS.map((m) => (
            <option key={m.id} value={m.id}>
              {methodTitle(m)}
            </option>
          ))}
        </select>
      </label>
      {format === OPEN_TALK && (
        <label className="field">
          <span>{t('gathering.host.minutes')}</span>
          <input
            type="number"
            data-testid="breakout-minutes"
            min={GATHERING_LIMITS.minutesMin}
            max={GATHERING_LIMITS.minutesMax}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
      )}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="breakout-error">
          {error}
        </p>
      )}
      <button
        className="button button--primary"
        data-testid="breakouts-open"
        disabled={busy || people.length < GATHERING_LIMITS.roomSizeMin}
      >
        {t('gathering.host.open', { count: rooms })}
      </button>
    </form>
  );
}
