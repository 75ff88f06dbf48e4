import { viewerTimeZone } from './groupTime';

/** Every IANA zone this browser knows, with the browser's own first (it may be an alias like `UTC`). */
export function timeZoneList(): string[] {
  const own = viewerTimeZone();
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(own) ? all : [own, ...all];
}

/** Whether the zone is a real IANA zone this browser can use (what the server accepts too). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}
