import { useTranslation } from 'react-i18next';
import type { GroupView } from '@intervision/shared';

/** Who presents next, by the queue (oldest case first) or else the rotation; chosen in the room. */
export function SuggestedPresenter({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  const s = group.suggestedPresenter;
  if (!s) return <p className="muted">{t('groups.presenter.none')}</p>;
  const withCase = s.caseId ? group.cases.find((c) => c.id === s.caseId) : undefined;
  return (
    <p data-testid="group-suggested-presenter">
      {withCase
        ? t('groups.presenter.withCase', { name: s.name, title: withCase.title })
        : t('groups.presenter.rotation', { name: s.name })}
    </p>
  );
}
