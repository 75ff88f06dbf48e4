/** RFC 5545 content lines: escaping, folding at 75 octets, CRLF endings. */

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI value may not hold control characters, which would end the content line early. */
export function cleanUri(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds one content line so no physical line exceeds 75 octets (§3.1), never inside a UTF-8
 * character; continuation lines begin with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The whole object: every line folded, each ended by CRLF. */
export function contentLines(lines: string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE-TIME in UTC form, e.g. 20270112T100000Z. */
export function utcDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** DATE-TIME in local form (no Z) for use with a TZID, from a floating-time epoch value. */
export function localDateTime(floatingMs: number): string {
  return utcDateTime(floatingMs).slice(0, -1);
}

/** A UTC offset as ±HHMM (§3.3.14). */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
