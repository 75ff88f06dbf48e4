import { LIMITS } from '@intervision/shared';
import { useState } from 'react';

interface Props {
  value: number;
  onChange: (minutes: number) => void;
  label: string;
}

const MAX = LIMITS.phaseSecondsMax / 60;

/**
 * A minutes field that lets the person type: what they type stays as typed (an empty field stays
 * empty, "7" stays 7) and only whole numbers in range reach the form; leaving the field with
 * something unusable puts the last good value back.
 */
export function MinutesInput({ value, onChange, label }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const usable = (text: string): number | null => {
    if (!/^\d+$/.test(text.trim())) return null;
    const n = Number(text);
    return n >= 1 && n <= MAX ? n : null;
  };
  return (
    <input
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX}
      step={1}
      value={draft ?? String(value)}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = usable(e.target.value);
        if (n !== null) onChange(n);
      }}
      onBlur={() => setDraft(null)}
      aria-label={label}
    />
  );
}
