import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  text: string;
  testId: string;
}

/** A ready-made message shown whole, with a copy button; selectable where the clipboard is blocked. */
export function CopyText({ label, text, testId }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      document.getElementById(testId)?.focus();
    }
  };
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
      <button
        type="button"
        className="button"
        onClick={() => void copy()}
        aria-label={t('links.copyLabel', { label })}
      >
        {copied ? t('links.copied') : t('links.copy')}
      </button>
    </div>
  );
}
