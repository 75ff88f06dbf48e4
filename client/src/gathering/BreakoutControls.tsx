import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakoutsView } from './gatheringContract';
import type { GatheringAck, SendGatheringCommand } from './useGathering';

interface Props {
  breakouts: BreakoutsView;
  send: SendGatheringCommand;
}

const BROADCAST_MAX = 280;

/** While breakouts run: a message to every room, a minute more, and calling everyone back. */
export function BreakoutControls({ breakouts, send }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const check = (ack: GatheringAck) => {
    setError(ack.ok ? null : (ack.message ?? t('gathering.host.failed')));
    return ack.ok;
  };
  const broadcast = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (check(await send('breakouts:broadcast', { text: text.trim() }))) setText('');
  };
  return (
    <section className="card stack" aria-labelledby="breakout-controls-title">
      <h2 className="section-title" id="breakout-controls-title">
        {t('gathering.host.runningTitle', { count: breakouts.rooms.length })}
      </h2>
      <form className="stack" onSubmit={(e) => void broadcast(e)}>
        <label className="field">
          <span>{t('gathering.host.broadcastLabel')}</span>
          <input
            data-testid="broadcast-text"
            maxLength={BROADCAST_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button className="button" data-testid="broadcast-send" disabled={!text.trim()}>
          {t('gathering.host.broadcast')}
        </button>
      </form>
      <div className="button-row">
        <button
          className="button"
          data-testid="breakouts-extend"
          disabled={breakouts.recalling}
          onClick={() => void send('breakouts:extend', { seconds: 60 }).then(check)}
        >
          {t('gathering.host.extend')}
        </button>
        <button
          className="button button--primary"
          data-testid="breakouts-close"
          disabled={breakouts.recalling}
          onClick={() => void send('breakouts:close', {}).then(check)}
        >
          {breakouts.recalling ? t('gathering.host.recalling') : t('gathering.host.recall')}
        </button>
      </div>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
