import type { SessionStatus } from '@intervision/shared';
import type { SnapshotFrom } from 'xstate';
import type { SessionMachine } from './sessionMachine.js';

/** The public status of a machine snapshot. */
export function sessionStatus(snapshot: SnapshotFrom<SessionMachine>): SessionStatus {
  if (snapshot.matches('ended')) return 'ended';
  if (snapshot.matches({ running: 'paused' })) return 'paused';
  if (snapshot.matches('running')) return 'running';
  return 'lobby';
}
