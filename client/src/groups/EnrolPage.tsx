import './groups.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { withMediaKey } from '../e2ee/mediaKey';
import { readFragment } from '../join/readFragment';
import { groupCredentialStore, type StoredGroupMembership } from './groupCredentialStore';
import { groupProblemOf, type GroupProblem } from './groupProblem';
import { GroupProblemNotice } from './GroupProblemNotice';
import { groupsApi } from './groupsApi';
import { NameField } from '../create/formParts';

const groupPath = (groupId: string) => `/g/${encodeURIComponent(groupId)}`;

/** `/g/:id/enrol#k=…&e=…`: a name once, then the person's own link to keep. */
export function EnrolPage({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [link] = useState(() => readFragment(window.location.hash));
  const [already] = useState(() => groupCredentialStore.load(groupId));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<GroupProblem | null>(() => {
    if (!link.secret) return 'bad_link';
    if (!link.mediaKey) return 'no_media_key';
    return null;
  });
  const [enrolled, setEnrolled] = useState<StoredGroupMembership | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!link.secret || !link.mediaKey || !trimmed || busy) return;
    setBusy(true);
    try {
      const res = await groupsApi.enter(groupId, { secret: link.secret, name: trimmed });
      const membership: StoredGroupMembership = {
        credential: res.credential,
        memberId: res.memberId,
        role: res.role,
        mediaKey: link.mediaKey,
        personalUrl: withMediaKey(res.personalUrl, link.mediaKey),
      };
      groupCredentialStore.save(groupId, membership);
      // The enrolment link has done its work; a reload now must not enrol a second time.
      window.history.replaceState(window.history.state, '', groupPath(groupId));
      setEnrolled(membership);
    } catch (err) {
      setProblem(groupProblemOf(err));
      setBusy(false);
    }
  };

  if (enrolled) {
    return (
      <main className="page page--narrow stack" data-testid="group-enrolled">
        <h1>{t('groups.enrol.doneTitle')}</h1>
        <div className="card stack">
          <CopyLink
            label={t('groups.personal.yoursLabel')}
            note={t('groups.enrol.keepNote')}
            url={enrolled.personalUrl}
            testId="group-personal-url"
          />
          <a className="button button--primary" href={groupPath(groupId)} data-testid="group-go">
            {t('groups.enrol.go')}
          </a>
        </div>
      </main>
    );
  }
  if (problem && problem !== 'unreachable') return <GroupProblemNotice problem={problem} />;
  return (
    <main className="page page--narrow stack">
      <h1>{t('groups.enrol.title')}</h1>
      <p className="lede">{t('groups.enrol.lede')}</p>
      {already && (
        <p className="card" data-testid="group-enrol-already">
          {t('groups.enrol.already')} <a href={groupPath(groupId)}>{t('groups.enrol.go')}</a>
        </p>
      )}
      <form className="card stack" onSubmit={(e) => void submit(e)}>
        <NameField
          testId="group-enrol-name"
          label={t('join.name')}
          required
          value={name}
          onChange={setName}
        />
        {problem === 'unreachable' && (
          <p className="alert alert--error" role="alert">
            {t('groups.problem.unreachable.message')}
          </p>
        )}
        <button
          className="button button--primary"
          data-testid="group-enrol-submit"
          disabled={busy || !name.trim()}
        >
          {busy ? t('join.submitting') : t('groups.enrol.submit')}
        </button>
      </form>
    </main>
  );
}
