import type { SessionView } from '@intervision/shared';

interface Props {
  view: SessionView;
  onChoose: (identity: string) => void;
}

/** The chair picks who brings the case; the chair cannot present to their own frame. */
export function PresenterSelect({ view, onChoose }: Props) {
  const candidates = view.participants.filter((p) => p.role !== 'chair');
  return (
    <label className="field">
      <span>Presenter</span>
      <select
        data-testid="presenter-select"
        value={view.presenter ?? ''}
        onChange={(e) => {
          if (e.target.value) onChoose(e.target.value);
        }}
      >
        <option value="" disabled>
          {candidates.length === 0 ? 'Waiting for people to join…' : 'Choose the presenter'}
        </option>
        {candidates.map((p) => (
          <option key={p.identity} value={p.identity}>
            {p.name}
            {p.connected ? '' : ' (offline)'}
          </option>
        ))}
      </select>
    </label>
  );
}
