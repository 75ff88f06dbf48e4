import { LIMITS, type CommandName, type SessionView } from '@intervision/shared';
import { useId, useState } from 'react';
import type { CommandArgs, SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  send: SendCommand;
}

type Mode = 'list' | 'random' | 'hands';

const MINUTES_MIN = LIMITS.turnSecondsMin / 60;
const MINUTES_MAX = LIMITS.turnSecondsMax / 60;

/** The chair's round controls: start one (order, minutes per turn, strict or soft), then steer it. */
export function RoundControls({ view, send }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('list');
  const [minutes, setMinutes] = useState(2);
  const [strict, setStrict] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async <N extends CommandName>(command: N, ...args: CommandArgs<N>) => {
    setError(null);
    const ack = await send(command, ...args);
    if (!ack.ok) setError(commandErrorMessage(t, ack.error));
  };

  // The input's bounds are the server's, so the browser refuses what the server would.
  const start = () =>
    void run('round:start', { mode, secondsPerTurn: Math.round(minutes * 60), strict });

  return (
    <div className="round-controls" data-testid="round-controls">
      <h3 className="section-title">{view.round ? t('round.heading') : t('round.startHeading')}</h3>
      {view.round ? (
        <div className="button-row">
          <button
            className="button"
            data-testid="round-back"
            disabled={view.round.order.indexOf(view.round.speaker) <= 0}
            onClick={() => void run('round:previous')}
          >
            {t('round.back')}
          </button>
          <button
            className="button"
            data-testid="round-skip"
            onClick={() => void run('round:next')}
          >
            {t('round.skip')}
          </button>
          <button
            className="button"
            data-testid="round-extend"
            onClick={() => void run('round:extend', { seconds: 60 })}
          >
            {t('round.extend')}
          </button>
          <button className="button" data-testid="round-end" onClick={() => void run('round:end')}>
            {t('round.end')}
          </button>
        </div>
      ) : (
        <form
          className="round-controls__form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <label htmlFor={`${id}-mode`}>{t('round.mode')}</label>
          <select
            id={`${id}-mode`}
            data-testid="round-mode"
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
          >
            <option value="list">{t('round.modeList')}</option>
            <option value="random">{t('round.modeRandom')}</option>
            <option value="hands">{t('round.modeHands')}</option>
          </select>
          <label htmlFor={`${id}-minutes`}>{t('round.minutes')}</label>
          <input
            id={`${id}-minutes`}
            data-testid="round-minutes"
            type="number"
            min={MINUTES_MIN}
            max={MINUTES_MAX}
            step={0.25}
            required
            value={Number.isNaN(minutes) ? '' : minutes}
            onChange={(e) => setMinutes(e.target.valueAsNumber)}
          />
          <label>
            <input
              type="checkbox"
              data-testid="round-strict"
              checked={strict}
              onChange={(e) => setStrict(e.target.checked)}
            />{' '}
            {t('round.strictChoice')}
          </label>
          <button className="button button--primary" data-testid="round-start" type="submit">
            {t('round.start')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
