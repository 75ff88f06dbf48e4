/**
 * Dates and times of meetings, in the viewer's own time zone unless told otherwise. English dates
 * are written the British way ("Tuesday 12 January"), as the UK practice writes them.
 */
export const dateLocale = (language: string | undefined) =>
  !language || language === 'en' ? 'en-GB' : language;

/** The time zone this browser is in, e.g. `Europe/Amsterdam`. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "Tuesday 12 January" */
export function formatMeetingDay(iso: string, language: string | undefined, timeZone?: string) {
  return new Intl.DateTimeFormat(dateLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(timeZone && { timeZone }),
  }).format(new Date(iso));
}

/** "10:00" (or "10:00 AM" where the language writes it so) */
export function formatMeetingTime(iso: string, language: string | undefined, timeZone?: string) {
  return new Intl.DateTimeFormat(dateLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone && { timeZone }),
  }).format(new Date(iso));
}

/** "3 December 2026" */
export function formatLongDate(iso: string, language: string | undefined) {
  return new Intl.DateTimeFormat(dateLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}
