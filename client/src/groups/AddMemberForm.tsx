import { LIMITS } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { useGroupAction } from './useGroupAction';

interface Props {
  add: (name: string) => Promise<unknown>;
  reload: () => Promise<void>;
  full: boolean;
}

/** Adds a member by name; their personal link then appears beside their name to copy and send. */
export function AddMemberForm({ add, reload, full }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const action = useGroupAction(reload);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    if (await action.run(() => add(name.trim()))) setName('');
  };
  if (full) return <p className="muted">{t('groups.members.full')}</p>;
  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <div className="button-row button-row--end">
        <label className="field">
          <span>{t('groups.members.addLabel')}</span>
          <input
            data-testid="group-add-member-name"
            required
            maxLength={LIMITS.nameMax}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button
          className="button"
          data-testid="group-add-member"
          disabled={action.busy || !name.trim()}
        >
          {t('groups.members.add')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  );
}
