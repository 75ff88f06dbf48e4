import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOW_BACK_MS = 15_000;

interface Props {
  /** Every other page plays this person's microphone. */
  groupHears: boolean;
  /** The person kept their microphone on; false when they had turned it off themselves. */
  micWanted: boolean;
  onDone: () => void;
}

type State = 'returning' | 'back' | 'mic-off';

/**
 * The presenter's return after listening, told truthfully: "turning your microphone on" until every
 * other page reports hearing it, only then "you're back". Once back it stays back (someone joining
 * later does not take it away), and it leaves on its own after a while.
 */
export function BackBanner({ groupHears, micWanted, onDone }: Props) {
  const { t } = useTranslation();
  const [heard, setHeard] = useState<number | null>(groupHears ? Date.now() : null);
  if (groupHears && heard === null) setHeard(Date.now());
  const state: State = heard !== null ? 'back' : micWanted ? 'returning' : 'mic-off';
  const [since, setSince] = useState({ state, at: Date.now() });
  if (since.state !== state) setSince({ state, at: Date.now() });

  useEffect(() => {
    if (state === 'returning') return undefined;
    const timer = window.setTimeout(onDone, SHOW_BACK_MS);
    return () => window.clearTimeout(timer);
  }, [state, onDone]);

  const [title, hint] =
    state === 'back'
      ? [t('back.title'), t('back.text')]
      : state === 'returning'
        ? [t('back.returning'), t('back.returningHint')]
        : [t('back.micOff'), t('back.micOffHint')];
  return (
    <div
      className={`banner ${state === 'returning' ? 'banner--pending' : 'banner--welcome'}`}
      role="status"
      data-testid="back-banner"
      data-state={state}
      data-since={since.at}
    >
      <strong>{title}</strong> {hint}
      {state !== 'returning' && (
        <button className="button button--small" onClick={onDone}>
          {t('back.ok')}
        </button>
      )}
    </div>
  );
}
