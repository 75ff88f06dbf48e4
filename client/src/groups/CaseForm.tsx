import { LIMITS } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { useGroupAction } from './useGroupAction';

interface Props {
  submitCase: (c: { title: string; question: string }) => Promise<unknown>;
  reload: () => Promise<void>;
}

/** Bring a case for the coming meeting: a working title and the one question for the group. */
export function CaseForm({ submitCase, reload }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const action = useGroupAction(reload);
  const ready = title.trim() !== '' && question.trim() !== '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const done = await action.run(() =>
      submitCase({ title: title.trim(), question: question.trim() }),
    );
    if (done) {
      setTitle('');
      setQuestion('');
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="group-case-form">
      <label className="field">
        <span>{t('groups.cases.titleLabel')}</span>
        <input
          data-testid="group-case-title"
          required
          maxLength={LIMITS.titleMax}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('groups.cases.questionLabel')}</span>
        <textarea
          data-testid="group-case-question"
          required
          rows={3}
          maxLength={LIMITS.questionMax}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          aria-describedby="group-case-hint"
        />
        <span id="group-case-hint" className="muted">
          {t('groups.cases.questionHint')}
        </span>
      </label>
      <ActionError error={action.error} />
      <button
        className="button button--primary"
        data-testid="group-case-submit"
        disabled={!ready || action.busy}
      >
        {t('groups.cases.bring')}
      </button>
    </form>
  );
}
