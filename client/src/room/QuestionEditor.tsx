import { LIMITS } from '@intervision/shared';
import { useState, type FormEvent } from 'react';
import type { SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';

/** The presenter writes the question the group will reflect on; it is pinned during reflection. */
export function QuestionEditor({ current, send }: { current: string | null; send: SendCommand }) {
  const [text, setText] = useState(current ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await send('question:set', { text: text.trim() });
    setStatus(ack.ok ? 'Shared with the group.' : commandErrorMessage(ack.error, ack.message));
  };
  return (
    <form className="question-editor card stack" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>Your question for the group</span>
        <textarea
          data-testid="question-input"
          rows={3}
          maxLength={LIMITS.questionMax}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
          placeholder="One specific question you want the group to reflect on"
        />
      </label>
      <button
        className="button"
        data-testid="question-submit"
        disabled={!text.trim() || text.trim() === current}
      >
        Share question
      </button>
      {status && (
        <p className="muted small" role="status">
          {status}
        </p>
      )}
    </form>
  );
}
