/** A clock time (hours and minutes) the way people of this language write it: 2:35 PM, 14:35. */
export function formatTime(epochMs: number, language: string | undefined): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(epochMs),
  );
}
