import type { LinkState } from '../session/useSession';

interface Props {
  link: LinkState;
  mediaReconnecting: boolean;
}

/** Says the connection dropped and that the session carries on; gone once everything is back. */
export function ReconnectBanner({ link, mediaReconnecting }: Props) {
  if (link !== 'reconnecting' && !mediaReconnecting) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="reconnect-banner">
      {link === 'reconnecting'
        ? 'Connection lost — reconnecting… The session carries on; you will be back in the same phase.'
        : 'Video connection interrupted — reconnecting…'}
    </div>
  );
}
