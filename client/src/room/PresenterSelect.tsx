import type { SessionView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  onChoose: (identity: string) => void;
}

/** The chair picks who brings the case; the chair cannot present to their own frame. */
export function PresenterSelect({ view, onChoose }: Props) {
  const { t } = useTranslation();
  const candidates = view.participants.filter((p) => p.role !== 'chair');
  return (
    <label className="field">
      <span>{t('presenter.label')}</span>
      <select
        data-testid="presenter-select"
        value={view.presenter ?? ''}
        onChange={(e) => {
          if (e.target.value) onChoose(e.target.value);
        }}
      >
        <option value="" disabled>
          {candidates.length === 0 ? t('presenter.waiting') : t('presenter.choose')}
        </option>
        {candidates.map((p) => (
          <option key={p.identity} value={p.identity}>
            {p.connected ? p.name : t('presenter.offline', { name: p.name })}
          </option>
        ))}
      </select>
    </label>
  );
}
