import { useTranslation } from 'react-i18next';
import type { LinkState } from '../session/useSession';

interface Props {
  link: LinkState;
  mediaReconnecting: boolean;
}

/** Says the connection dropped and that the session carries on; gone once everything is back. */
export function ReconnectBanner({ link, mediaReconnecting }: Props) {
  const { t } = useTranslation();
  if (link !== 'reconnecting' && !mediaReconnecting) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="reconnect-banner">
      {link === 'reconnecting' ? t('room.reconnecting') : t('room.mediaReconnecting')}
    </div>
  );
}
