import type { GroupView } from '@intervision/shared';

/** A one-to-one group: the one-to-one method with a single practitioner beside the facilitator. */
export const isOneToOne = (group: Pick<GroupView, 'method' | 'maxMembers'>) =>
  group.method === 'one-to-one' && group.maxMembers === 1;
