import type { BroadcastView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

/** The host's message to every room; a polite live region, so it is read out once as it arrives. */
export function BroadcastBanner({ broadcast }: { broadcast: BroadcastView | null }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="broadcast-region">
      {broadcast && (
        <p className="alert alert--info" data-testid="broadcast" key={broadcast.sentAt}>
          <strong>{t('gathering.broadcast.from')}</strong> {broadcast.text}
        </p>
      )}
    </div>
  );
}
