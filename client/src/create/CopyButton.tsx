import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What is copied. */
  text: string;
  /** The field's label, for the button's accessible name. */
  label: string;
  /** The field that gets the focus (and so the selection) where the clipboard is blocked. */
  fieldId: string;
}

/** Copies `text`, says so for two seconds; where the clipboard is refused, selects the field. */
export function CopyButton({ text, label, fieldId }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      document.getElementById(fieldId)?.focus();
    }
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => void copy()}
      aria-label={t('links.copyLabel', { label })}
    >
      {copied ? t('links.copied') : t('links.copy')}
    </button>
  );
}
