import type { AirtimeMirror, AirtimeReport, AirtimeScope } from '@intervision/shared';

/**
 * The group's picture of who spoke how much: each member's share of all speaking time in whole
 * percent, every member listed (0 for the silent). Whole percent on purpose: the mirror is about
 * balance, not a stopwatch.
 */
export function airtimeMirror(
  report: AirtimeReport,
  members: Iterable<string>,
  scope: AirtimeScope,
): AirtimeMirror {
  const ms = (id: string) => {
    const figures = report[id];
    return figures ? (scope === 'phase' ? figures.phaseMs : figures.sessionMs) : 0;
  };
  const ids = [...members];
  const total = ids.reduce((sum, id) => sum + ms(id), 0);
  const shares: Record<string, number> = {};
  for (const id of ids) shares[id] = total > 0 ? Math.round((100 * ms(id)) / total) : 0;
  return { scope, shares };
}
