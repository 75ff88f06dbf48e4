import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../session/useHearsParticipant';

const SHOW_BACK_MS = 5_000;

interface Props {
  /** The presenter's name as the group sees it. */
  name: string;
  /** Whether this page plays the presenter's microphone, and since when. */
  hearing: Hearing;
  onDone: () => void;
}

/**
 * What the others see while the presenter returns from listening: "coming back" until this page
 * actually plays the presenter's voice, then briefly "is back". `data-since` is when this page
 * began to hear, so the browser suite can order it against the presenter's own banner.
 */
export function ComingBackBanner({ name, hearing, onDone }: Props) {
  const { t } = useTranslation();
  const { hears, since } = hearing;
  useEffect(() => {
    if (!hears) return undefined;
    const timer = window.setTimeout(onDone, SHOW_BACK_MS);
    return () => window.clearTimeout(timer);
  }, [hears, onDone]);

  return (
    <div
      className={`banner ${hears ? 'banner--welcome' : 'banner--pending'}`}
      role="status"
      data-testid="coming-back-banner"
      data-state={hears ? 'back' : 'coming'}
      data-since={since}
    >
      {hears ? t('comingBack.back', { name }) : t('comingBack.coming', { name })}
    </div>
  );
}
