import type { GatheringMemberView } from '@intervision/shared';

/** What may keep a person from taking part, as a helper needs to know it; the order is the urgency. */
export type Trouble =
  'offline' | 'notInMedia' | 'noCamera' | 'noMicrophone' | 'cameraOff' | 'poor' | 'lost';

/**
 * A person's troubles from the server's presence and their own device report. A device that could
 * not start counts, one simply switched off only for the camera (a microphone is off in the
 * plenary by design).
 */
export function personTroubles(m: GatheringMemberView): Trouble[] {
  if (!m.connected) return ['offline'];
  const out: Trouble[] = [];
  if (!m.inMedia) out.push('notInMedia');
  const d = m.device;
  if (d?.camera === 'unavailable') out.push('noCamera');
  if (d?.microphone === 'unavailable') out.push('noMicrophone');
  if (d?.camera === 'off') out.push('cameraOff');
  if (d?.connection === 'poor') out.push('poor');
  if (d?.connection === 'lost' && m.inMedia) out.push('lost');
  return out;
}
