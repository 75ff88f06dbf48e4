/** Bounds the group forms share with the server's schemas, so a form refuses what the server would. */
export const GROUP_LIMITS = {
  membersMin: 1,
  membersMax: 8,
  agreementMax: 4000,
  planMax: 20_000,
} as const;
