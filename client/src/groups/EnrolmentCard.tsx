import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { ActionError } from './ActionError';
import { groupCredentialStore } from './groupCredentialStore';
import { groupsApi } from './groupsApi';
import type { GroupView } from '@intervision/shared';
import { useGroupAction } from './useGroupAction';

interface Props {
  group: GroupView;
  credential: string;
  reload: () => Promise<void>;
}

/** The one link people enrol with, and whether it is open now. */
export function EnrolmentCard({ group, credential, reload }: Props) {
  const { t } = useTranslation();
  const action = useGroupAction(reload);
  const enrolUrl = groupCredentialStore.loadLinks(group.id).enrolUrl;
  const open = group.enrolmentOpen;
  return (
    <div className="stack" data-testid="group-enrolment" data-open={String(open)}>
      {enrolUrl ? (
        <CopyLink
          label={t('groups.enrolment.label')}
          note={open ? t('groups.enrolment.openNote') : t('groups.enrolment.closedNote')}
          url={enrolUrl}
          testId="group-enrol-link"
        />
      ) : (
        <p className="muted">{t('groups.enrolment.elsewhere')}</p>
      )}
      <button
        className="button"
        data-testid="group-enrolment-toggle"
        disabled={action.busy}
        onClick={() =>
          void action.run(() => groupsApi.update(group.id, credential, { enrolmentOpen: !open }))
        }
      >
        {open ? t('groups.enrolment.close') : t('groups.enrolment.open')}
      </button>
      <ActionError error={action.error} />
    </div>
  );
}
