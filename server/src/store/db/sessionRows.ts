import type { SessionPhase, SessionStatus } from '@intervision/shared';
import type { Selectable } from 'kysely';
import type { JoinRole, StoredParticipant, StoredSession } from '../sessionStore.js';
import type { ParticipantsTable, SessionsTable } from './tables.js';

// The session tables' rows and their stored shapes, both ways.

export const toSession = (r: Selectable<SessionsTable>): StoredSession => ({
  id: r.id,
  title: r.title,
  methodId: r.method_id,
  phases: JSON.parse(r.phases_json) as SessionPhase[],
  autoAdvance: Number(r.auto_advance) === 1,
  maxParticipants: Number(r.max_participants),
  chairSecretHash: r.chair_secret_hash,
  inviteSecretHash: r.invite_secret_hash,
  createdAt: Number(r.created_at),
  status: r.status as SessionStatus,
  snapshot: r.snapshot_json === null ? null : (JSON.parse(r.snapshot_json) as unknown),
  groupId: r.group_id,
  snapshotEpoch: Number(r.snapshot_epoch),
});

export const sessionRow = (s: StoredSession) => ({
  id: s.id,
  title: s.title,
  method_id: s.methodId,
  phases_json: JSON.stringify(s.phases),
  auto_advance: s.autoAdvance ? 1 : 0,
  max_participants: s.maxParticipants,
  chair_secret_hash: s.chairSecretHash,
  invite_secret_hash: s.inviteSecretHash,
  created_at: s.createdAt,
  status: s.status,
  snapshot_json: s.snapshot === null ? null : JSON.stringify(s.snapshot),
  group_id: s.groupId,
  snapshot_epoch: s.snapshotEpoch ?? 0,
});

export const toParticipant = (r: Selectable<ParticipantsTable>): StoredParticipant => ({
  id: r.id,
  sessionId: r.session_id,
  name: r.name,
  joinRole: r.join_role as JoinRole,
  credentialHash: r.credential_hash,
  joinedAt: Number(r.joined_at),
  handRaisedAt: r.hand_raised_at === null ? null : Number(r.hand_raised_at),
});

export const participantRow = (p: StoredParticipant) => ({
  id: p.id,
  session_id: p.sessionId,
  name: p.name,
  join_role: p.joinRole,
  credential_hash: p.credentialHash,
  joined_at: p.joinedAt,
  hand_raised_at: p.handRaisedAt,
});
