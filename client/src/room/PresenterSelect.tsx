import type { SessionView } from '@intervision/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  /** Once the session runs, a change of presenter changes who is muted: it is confirmed first. */
  live: boolean;
  onChoose: (identity: string) => void;
}

/**
 * The chair picks who brings the case; the chair cannot present to their own frame, and people who
 * are offline are not offered. Mid-session a choice only proposes: one stray arrow key on the
 * select must not unmute the former presenter during muted reflection.
 */
export function PresenterSelect({ view, live, onChoose }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const candidates = view.participants.filter(
    (p) => p.role !== 'chair' && (p.connected || p.identity === view.presenter),
  );
  const nameOf = (id: string) => view.participants.find((p) => p.identity === id)?.name ?? id;

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const close = () => {
    setPending(null);
    selectRef.current?.focus();
  };

  return (
    <div className="stack presenter-select">
      <label className="field">
        <span>{t('presenter.label')}</span>
        <select
          ref={selectRef}
          data-testid="presenter-select"
          value={pending ?? view.presenter ?? ''}
          onChange={(e) => {
            const id = e.target.value;
            if (!id || id === view.presenter) return setPending(null);
            if (live) setPending(id);
            else onChoose(id);
          }}
        >
          <option value="" disabled>
            {candidates.length === 0 ? t('presenter.waiting') : t('presenter.choose')}
          </option>
          {candidates.map((p) => (
            <option key={p.identity} value={p.identity}>
              {p.connected ? p.name : t('presenter.offline', { name: p.name })}
            </option>
          ))}
        </select>
      </label>
      {pending && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="presenter-confirm-title"
          data-testid="presenter-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id="presenter-confirm-title">{t('presenter.confirm', { name: nameOf(pending) })}</p>
          <div className="button-row">
            <button
              ref={confirmRef}
              className="button button--primary"
              data-testid="presenter-confirm-yes"
              onClick={() => {
                onChoose(pending);
                close();
              }}
            >
              {t('presenter.confirmYes')}
            </button>
            <button className="button" data-testid="presenter-confirm-no" onClick={close}>
              {t('presenter.confirmNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
