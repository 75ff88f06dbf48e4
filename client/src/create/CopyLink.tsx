import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  note: string;
  url: string;
  testId: string;
}

/** A link shown in full with a copy button; falls back to selecting the text where the clipboard is blocked. */
export function CopyLink({ label, note, url, testId }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      document.getElementById(testId)?.focus();
    }
  };
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
        <button
          type="button"
          className="button"
          onClick={() => void copy()}
          aria-label={t('links.copyLabel', { label })}
        >
          {copied ? t('links.copied') : t('links.copy')}
        </button>
      </div>
      <p className="muted">{note}</p>
    </div>
  );
}
