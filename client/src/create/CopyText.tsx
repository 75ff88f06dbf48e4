import { CopyButton } from './CopyButton';

interface Props {
  label: string;
  text: string;
  testId: string;
}

/** A ready-made message shown whole, with a copy button; selectable where the clipboard is blocked. */
export function CopyText({ label, text, testId }: Props) {
  return (
    <div className="copy-link">
      <label htmlFor={testId}>{label}</label>
      <textarea
        id={testId}
        data-testid={testId}
        readOnly
        rows={5}
        value={text}
        onFocus={(e) => e.target.select()}
      />
      <CopyButton text={text} label={label} fieldId={testId} />
    </div>
  );
}
