import { CopyButton } from './CopyButton';

interface Props {
  label: string;
  note: string;
  url: string;
  testId: string;
}

/** A link shown in full with a copy button; falls back to selecting the text where the clipboard is blocked. */
export function CopyLink({ label, note, url, testId }: Props) {
  return (
    <div className="copy-link">
      <label htmlFor={testId}>{label}</label>
      <div className="copy-link__row">
        {/* The whole link, wrapped: its end is the secret and the key, and must be seen to be sent. */}
        <textarea
          id={testId}
          data-testid={testId}
          className="copy-link__url"
          readOnly
          rows={3}
          value={url}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={url} label={label} fieldId={testId} />
      </div>
      <p className="muted">{note}</p>
    </div>
  );
}
