import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withMediaKey } from '../e2ee/mediaKey';
import { ActionError } from './ActionError';
import { AddMemberForm } from './AddMemberForm';
import { groupCredentialStore, type StoredGroupMembership } from './groupCredentialStore';
import { groupsApi } from './groupsApi';
import type { GroupView } from '@intervision/shared';
import { MemberRow } from './MemberRow';
import { useGroupAction } from './useGroupAction';

interface Props {
  group: GroupView;
  membership: StoredGroupMembership;
  reload: () => Promise<void>;
}

/**
 * The members with their personal links. The server keeps only the links' hashes, so a link can be
 * copied again only in the browser that made it; elsewhere (or when lost) "new link" makes another.
 */
export function MemberList({ group, membership, reload }: Props) {
  const { t } = useTranslation();
  const action = useGroupAction(reload);
  const [links, setLinks] = useState(() => groupCredentialStore.loadLinks(group.id).personal);
  const { credential, mediaKey } = membership;
  const keep = (memberId: string, personalUrl: string) => {
    const url = withMediaKey(personalUrl, mediaKey);
    groupCredentialStore.savePersonalLink(group.id, memberId, url);
    setLinks((prev) => ({ ...prev, [memberId]: url }));
  };
  const members = group.members.filter((m) => m.role === 'member');
  return (
    <>
      <p className="muted">
        {t('groups.members.count', { count: members.length, max: group.maxMembers })}
      </p>
      <ul className="group-list" data-testid="group-members">
        {members.map((m) => (
          <MemberRow
            key={m.id}
            member={m}
            link={links[m.id] ?? null}
            busy={action.busy}
            onNewLink={() =>
              void action.run(async () =>
                keep(
                  m.id,
                  (await groupsApi.newPersonalLink(group.id, credential, m.id)).personalUrl,
                ),
              )
            }
            onRemove={() =>
              void action.run(async () => {
                await groupsApi.removeMember(group.id, credential, m.id);
                groupCredentialStore.forgetPersonalLink(group.id, m.id);
              })
            }
          />
        ))}
      </ul>
      <ActionError error={action.error} />
      <AddMemberForm
        full={members.length >= group.maxMembers}
        add={async (name) => {
          const res = await groupsApi.addMember(group.id, credential, name);
          keep(res.memberId, res.personalUrl);
        }}
        reload={reload}
      />
    </>
  );
}
