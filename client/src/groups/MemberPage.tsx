import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { AgreementCard } from './AgreementCard';
import { CalendarCard } from './CalendarCard';
import { CaseForm } from './CaseForm';
import { CaseList } from './CaseList';
import { EnterMeetingButton } from './EnterMeetingButton';
import type { StoredGroupMembership } from './groupCredentialStore';
import { groupsApi } from './groupsApi';
import type { GroupView } from '@intervision/shared';
import { isOneToOne } from './isOneToOne';
import { NextMeetingSentence } from './NextMeetingSentence';
import { PlanEditor } from './PlanEditor';
import { ZoneNote } from './ZoneNote';

interface Props {
  group: GroupView;
  membership: StoredGroupMembership;
  reload: () => Promise<void>;
}

/** A member's page: the next meeting in one line, then the agreement, their case, the calendar. */
export function MemberPage({ group, membership, reload }: Props) {
  const { t } = useTranslation();
  const id = group.id;
  const credential = membership.credential;
  const mine = group.cases.filter((c) => c.authorId === membership.memberId);
  return (
    <main className="page page--narrow stack" data-testid="group-member-page">
      <h1>{group.title}</h1>
      <NextMeetingSentence meeting={group.nextMeeting} />
      <EnterMeetingButton
        groupId={id}
        meeting={group.nextMeeting}
        membership={membership}
        name={group.me.name}
      />
      <ZoneNote groupZone={group.timeZone} />
      <AgreementCard
        agreement={group.agreement}
        acceptedAt={group.me.agreementAcceptedAt}
        accept={() => groupsApi.acceptAgreement(id, credential)}
        reload={reload}
      />
      {isOneToOne(group) ? (
        <PlanEditor
          plan={group.plan}
          save={(text) => groupsApi.savePlan(id, credential, text)}
          reload={reload}
        />
      ) : (
        <section className="card stack" aria-labelledby="group-case-heading">
          <h2 className="section-title" id="group-case-heading">
            {t('groups.cases.bringTitle')}
          </h2>
          <p className="muted">{t('groups.cases.bringHint')}</p>
          <CaseList
            cases={mine}
            showAuthor={false}
            withdraw={(caseId) => groupsApi.withdrawCase(id, credential, caseId)}
            reload={reload}
          />
          <CaseForm submitCase={(c) => groupsApi.addCase(id, credential, c)} reload={reload} />
        </section>
      )}
      <CalendarCard
        calendarUrl={group.me.calendarUrl}
        download={() => groupsApi.calendar(id, credential)}
        fileName={`${group.title || 'group'}.ics`}
      />
      {membership.personalUrl && (
        <section className="card">
          <CopyLink
            label={t('groups.personal.yoursLabel')}
            note={t('groups.personal.yoursNote')}
            url={membership.personalUrl}
            testId="group-my-link"
          />
        </section>
      )}
    </main>
  );
}
