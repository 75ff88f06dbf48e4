import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { EnterMeetingButton } from './EnterMeetingButton';
import type { StoredGroupMembership } from './groupCredentialStore';
import { groupsApi } from './groupsApi';
import type { GroupView } from '@intervision/shared';
import { useGroupAction } from './useGroupAction';

interface Props {
  group: GroupView;
  membership: StoredGroupMembership;
  reload: () => Promise<void>;
}

/** The facilitator's way into the meeting: open the next one now, hold an extra one, enter as chair. */
export function MeetingControls({ group, membership, reload }: Props) {
  const { t } = useTranslation();
  const action = useGroupAction(reload);
  const next = group.nextMeeting;
  const isOpen = next !== null && (next.status === 'open' || next.status === 'running');
  const open = (startsAt?: string) =>
    action.run(() => groupsApi.openMeeting(group.id, membership.credential, startsAt));
  return (
    <div className="stack">
      <EnterMeetingButton
        groupId={group.id}
        meeting={next}
        membership={membership}
        name={group.me.name}
      />
      {!isOpen && (
        <div className="button-row">
          {next && (
            <button
              className="button button--primary"
              data-testid="group-open-now"
              disabled={action.busy}
              onClick={() => void open()}
            >
              {t('groups.meeting.openNow')}
            </button>
          )}
          <button
            className="button"
            data-testid="group-hold-extra"
            disabled={action.busy}
            onClick={() => void open(new Date().toISOString())}
          >
            {t('groups.meeting.holdExtra')}
          </button>
        </div>
      )}
      <ActionError error={action.error} />
    </div>
  );
}
