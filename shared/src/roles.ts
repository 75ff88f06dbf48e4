/**
 * A participant's role in one session. The chair and peer roles come from the link used to join;
 * the presenter role is given (and taken back) by the chair. Clients can never choose a role.
 */
export type Role = 'chair' | 'presenter' | 'peer';

export const ROLES: readonly Role[] = ['chair', 'presenter', 'peer'];
