import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import type { GroupCaseView } from '@intervision/shared';
import { useGroupAction } from './useGroupAction';

interface Props {
  cases: GroupCaseView[];
  /** Whose cases these are shown as: a member sees their own, the facilitator sees every author. */
  showAuthor: boolean;
  withdraw: (caseId: string) => Promise<void>;
  reload: () => Promise<void>;
}

/** The cases waiting for a meeting, oldest first, each with a way to withdraw it. */
export function CaseList({ cases, showAuthor, withdraw, reload }: Props) {
  const { t } = useTranslation();
  const action = useGroupAction(reload);
  if (cases.length === 0) return <p className="muted">{t('groups.cases.none')}</p>;
  const sorted = [...cases].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <>
      <ul className="group-list" data-testid="group-cases">
        {sorted.map((c) => (
          <li key={c.id} className="group-list__item" data-testid="group-case">
            <div>
              <strong>{c.title}</strong>
              {showAuthor && <span className="muted"> · {c.authorName}</span>}
              <p className="muted">{c.question}</p>
            </div>
            <button
              className="button button--small"
              disabled={action.busy}
              onClick={() => void action.run(() => withdraw(c.id))}
              aria-label={t('groups.cases.withdrawLabel', { title: c.title })}
            >
              {t('groups.cases.withdraw')}
            </button>
          </li>
        ))}
      </ul>
      <ActionError error={action.error} />
    </>
  );
}
