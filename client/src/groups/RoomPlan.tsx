import './groups.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCredentialStore } from './groupCredentialStore';
import { groupsApi } from './groupsApi';

/**
 * The development plan beside the video in a one-to-one meeting's review phase, read with the group
 * credential this browser keeps (the practitioner's or the facilitator's). Shown as written.
 */
export function RoomPlan({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  // Null until read, and for a group without a plan.
  const [plan, setPlan] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const credential = groupCredentialStore.load(groupId)?.credential;
    if (!credential) {
      setFailed(true);
      return undefined;
    }
    let cancelled = false;
    groupsApi
      .get(groupId, credential)
      .then((g) => {
        if (!cancelled) setPlan(g.plan ? g.plan.text : null);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [groupId]);
  if (plan === null && !failed) return null;
  return (
    <section
      className="card stack room-plan"
      aria-labelledby="room-plan-title"
      data-testid="room-plan"
    >
      <h2 className="section-title" id="room-plan-title">
        {t('groups.plan.title')}
      </h2>
      {failed && <p className="muted">{t('groups.plan.unavailable')}</p>}
      {plan === '' && <p className="muted">{t('groups.plan.empty')}</p>}
      {plan && <div className="plan-text">{plan}</div>}
    </section>
  );
}
