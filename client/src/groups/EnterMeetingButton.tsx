import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { ActionError } from './ActionError';
import { enterMeeting } from './enterMeeting';
import type { StoredGroupMembership } from './groupCredentialStore';
import type { GroupMeetingView } from '@intervision/shared';

interface Props {
  groupId: string;
  meeting: GroupMeetingView | null;
  membership: StoredGroupMembership;
  name: string;
}

/** "Enter the meeting", shown once the meeting's room is open: into the room as this same person. */
export function EnterMeetingButton({ groupId, meeting, membership, name }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = meeting?.id;
  if (!id || (meeting.status !== 'open' && meeting.status !== 'running')) return null;
  const enter = async () => {
    setBusy(true);
    setError(null);
    try {
      await enterMeeting(groupId, id, membership, name);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('groups.actionFailed'));
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button
        className="button button--primary"
        data-testid="group-enter-meeting"
        disabled={busy}
        onClick={() => void enter()}
      >
        {busy ? t('join.submitting') : t('groups.meeting.enter')}
      </button>
      <ActionError error={error} />
    </div>
  );
}
