import * as rrule from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import { bad, readRuleParts, untilInstant, utcStamp } from './scheduleRuleParts.js';
import { floatingMs, fromFloating, type LocalDateTime } from './scheduleTime.js';

// rrule ships CommonJS for Node: under Node's own ESM loader its exports sit on `default`, under
// a CommonJS transform (tsx loading from CommonJS) they are named. Take whichever this loader gives.
const RRule = rrule.RRule ?? (rrule as unknown as { default: typeof rrule }).default.RRule;

/** A checked RRULE, ready to expand from the schedule's start in floating local time. */
export interface ScheduleRule {
  /** The rule as it goes into calendar files: upper case, UNTIL rewritten as a UTC instant. */
  text: string;
  /** Calls `visit` with each occurrence's local start, in order, until it returns false. */
  walk(visit: (local: LocalDateTime) => boolean): void;
  /** The first occurrence's local start, or null for a rule that never matches. */
  first(): LocalDateTime | null;
  /** Last allowed start (epoch ms) from UNTIL, if any. */
  untilMs: number | null;
}

/** Safety bound on occurrences walked for one expansion (a daily rule over 27 years). */
const MAX_WALK = 10_000;

/** A checked rule, expanded from `start` in floating local time (see readRuleParts for the checks). */
export function parseRule(text: string, start: LocalDateTime, timeZone: string): ScheduleRule {
  const parts = readRuleParts(text);
  const untilText = parts.get('UNTIL');
  const untilMs = untilText === undefined ? null : untilInstant(untilText, timeZone);
  if (untilMs !== null) parts.set('UNTIL', utcStamp(untilMs));

  // rrule would compare UNTIL with floating times, hours off; callers stop at untilMs instead.
  const withoutUntil = [...parts].filter(([k]) => k !== 'UNTIL').map(([k, v]) => `${k}=${v}`);
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(withoutUntil.join(';'));
  } catch (e) {
    bad(e instanceof Error ? e.message : 'it could not be read.');
  }
  // Expanding in floating time keeps every meeting at the start's wall-clock time.
  const rule = new RRule({
    ...options,
    dtstart: new Date(floatingMs(start)),
  });
  return {
    text: [...parts].map(([k, v]) => `${k}=${v}`).join(';'),
    untilMs,
    walk(visit) {
      let walked = 0;
      rule.all((d) => ++walked <= MAX_WALK && visit(fromFloating(d.getTime())));
    },
    first() {
      const d = rule.after(rule.options.dtstart, true);
      return d ? fromFloating(d.getTime()) : null;
    },
  };
}
