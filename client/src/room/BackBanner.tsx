import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const SHOW_MS = 15_000;

/** The presenter's "you're back" moment when invited to respond after listening. */
export function BackBanner({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = window.setTimeout(onDone, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <div className="banner banner--welcome" role="status" data-testid="back-banner">
      <strong>{t('back.title')}</strong> {t('back.text')}
      <button className="button button--small" onClick={onDone}>
        {t('back.ok')}
      </button>
    </div>
  );
}
