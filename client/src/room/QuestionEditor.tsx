import { LIMITS } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import type { SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';
import { useTranslation } from 'react-i18next';

/** The presenter writes the question the group will reflect on; it is pinned during reflection. */
export function QuestionEditor({ current, send }: { current: string | null; send: SendCommand }) {
  const { t } = useTranslation();
  const [text, setText] = useState(current ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await send('question:set', { text: text.trim() });
    setStatus(ack.ok ? t('question.shared') : commandErrorMessage(t, ack.error));
  };
  return (
    <form className="question-editor card stack" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{t('question.label')}</span>
        <textarea
          data-testid="question-input"
          rows={3}
          maxLength={LIMITS.questionMax}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
          placeholder={t('question.placeholder')}
        />
      </label>
      <button
        className="button"
        data-testid="question-submit"
        disabled={!text.trim() || text.trim() === current}
      >
        {t('question.submit')}
      </button>
      {status && (
        <p className="muted small" role="status">
          {status}
        </p>
      )}
    </form>
  );
}
