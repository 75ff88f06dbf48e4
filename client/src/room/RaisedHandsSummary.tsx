import type { SessionView } from '@intervision/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playHandCue } from '../session/chime';
import type { SendCommand } from '../session/useSession';

interface Props {
  view: SessionView;
  send: SendCommand;
}

/**
 * Raised hands where the chair's eyes are, beside Next and Pause: how many, whose (first raised
 * first), a way to lower them all, and a soft sound when a new hand goes up.
 */
export function RaisedHandsSummary({ view, send }: Props) {
  const { t } = useTranslation();
  const count = view.hands.length;
  const seen = useRef(count);
  useEffect(() => {
    if (count > seen.current) playHandCue();
    seen.current = count;
  }, [count]);
  const names = view.hands.map(
    (id) => view.participants.find((p) => p.identity === id)?.name ?? t('hands.someone'),
  );
  return (
    <div className="hands-summary" data-testid="hands-summary" data-count={count}>
      <p className="hands-summary__count" aria-live="polite">
        <span aria-hidden="true">✋ </span>
        {count === 0 ? t('hands.none') : t('hands.count', { count, names: names.join(', ') })}
      </p>
      {count > 0 && (
        <button
          className="button button--small"
          data-testid="hands-clear"
          onClick={() => {
            for (const identity of view.hands) void send('hand:lower', { identity });
          }}
        >
          {t('hands.clearAll')}
        </button>
      )}
    </div>
  );
}
