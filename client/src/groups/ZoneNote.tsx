import { useTranslation } from 'react-i18next';
import { viewerTimeZone } from './groupTime';

/** Says which zone the times are in when the group plans in another one, so nobody is an hour out. */
export function ZoneNote({ groupZone }: { groupZone: string | null }) {
  const { t } = useTranslation();
  const own = viewerTimeZone();
  if (!groupZone || groupZone === own) return null;
  return (
    <p className="muted" data-testid="group-zone-note">
      {t('groups.zoneNote', { own, group: groupZone })}
    </p>
  );
}
