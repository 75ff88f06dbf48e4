import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { useMethodText } from '../i18n/useMethodText';
import { findMethod, type GroupView } from '@intervision/shared';
import { AgreementEditor } from './AgreementEditor';
import { CaseList } from './CaseList';
import { DeleteGroup } from './DeleteGroup';
import { EnrolmentCard } from './EnrolmentCard';
import type { StoredGroupMembership } from './groupCredentialStore';
import { groupsApi } from './groupsApi';
import { isOneToOne } from './isOneToOne';
import { MeetingControls } from './MeetingControls';
import { MeetingList } from './MeetingList';
import { MemberList } from './MemberList';
import { NextMeetingSentence } from './NextMeetingSentence';
import { PlanEditor } from './PlanEditor';
import { SuggestedPresenter } from './SuggestedPresenter';
import { ZoneNote } from './ZoneNote';

interface Props {
  group: GroupView;
  membership: StoredGroupMembership;
  reload: () => Promise<void>;
  onDeleted: () => void;
}

/** The facilitator's one screen: the next meeting and the way in, the cases, the members, the agreement. */
export function FacilitatorPage({ group, membership, reload, onDeleted }: Props) {
  const { t } = useTranslation();
  const text = useMethodText();
  const method = findMethod(group.method);
  const { credential } = membership;
  const id = group.id;
  const section = (title: string, testId: string, body: ReactNode) => (
    <section className="card stack" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 className="section-title" id={`${testId}-title`}>
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <main className="page stack group-page" data-testid="group-facilitator-page">
      <h1>{group.title}</h1>
      {method && <p className="muted">{text.methodTitle(method)}</p>}
      <NextMeetingSentence meeting={group.nextMeeting} />
      <ZoneNote groupZone={group.timeZone} />
      <div className="group-page__grid">
        {section(
          t('groups.meetings.title'),
          'group-meetings-card',
          <>
            <MeetingControls group={group} membership={membership} reload={reload} />
            <MeetingList meetings={group.meetings} members={group.members} />
          </>,
        )}
        {isOneToOne(group)
          ? null
          : section(
              t('groups.cases.queueTitle'),
              'group-cases-card',
              <>
                <SuggestedPresenter group={group} />
                <CaseList
                  cases={group.cases}
                  showAuthor
                  withdraw={(caseId) => groupsApi.withdrawCase(id, credential, caseId)}
                  reload={reload}
                />
              </>,
            )}
        {section(
          t('groups.members.title'),
          'group-members-card',
          <>
            <MemberList group={group} membership={membership} reload={reload} />
            <EnrolmentCard group={group} credential={credential} reload={reload} />
          </>,
        )}
        {isOneToOne(group) && (
          <PlanEditor
            plan={group.plan}
            save={(planText) => groupsApi.savePlan(id, credential, planText)}
            reload={reload}
          />
        )}
        {section(
          t('groups.agreement.title'),
          'group-agreement-card',
          <AgreementEditor
            agreement={group.agreement}
            save={(agreement) => groupsApi.update(id, credential, { agreement })}
            reload={reload}
          />,
        )}
        {section(
          t('groups.personal.facilitatorTitle'),
          'group-own-card',
          <>
            {membership.personalUrl && (
              <CopyLink
                label={t('groups.created.facilitatorLabel')}
                note={t('groups.created.facilitatorNote')}
                url={membership.personalUrl}
                testId="group-my-link"
              />
            )}
            <DeleteGroup remove={() => groupsApi.remove(id, credential)} onDeleted={onDeleted} />
          </>,
        )}
      </div>
    </main>
  );
}
