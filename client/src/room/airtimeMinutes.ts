/** Speaking time as the chair reads it at a glance: whole minutes, "under a minute" below one. */
export function airtimeMinutes(ms: number): number {
  return Math.floor(ms / 60_000);
}
