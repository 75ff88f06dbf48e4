import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GATHERING_LIMITS, type Ack, type GatheringView } from '@intervision/shared';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  send: SendGatheringCommand;
}

/** While breakouts run: a message to every room, a minute more, and calling everyone back. */
export function BreakoutControls({ view, send }: Props) {
  const recalling = view.stage === 'recalling';
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const check = (ack: Ack) => {
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
        {t('gathering.host.runningTitle', { count: view.rooms.length })}
      </h2>
      <form className="stack" onSubmit={(e) => void broadcast(e)}>
        <label className="field">
          <span>{t('gathering.host.broadcastLabel')}</span>
          <input
            data-testid="broadcast-text"
            maxLength={GATHERING_LIMITS.broadcastMax}
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
          disabled={recalling}
          onClick={() => void send('breakouts:extend', { seconds: 60 }).then(check)}
        >
          {t('gathering.host.extend')}
        </button>
        <button
          className="button button--primary"
          data-testid="breakouts-close"
          disabled={recalling}
          onClick={() => void send('breakouts:close').then(check)}
        >
          {recalling ? t('gathering.host.recalling') : t('gathering.host.recall')}
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
