/**
 * The runner's environment without the variables that make `serverMain.ts` a cluster node, so a
 * `REDIS_URL` left in an operator's shell cannot turn a one-node benchmark into a cluster one.
 */
export function singleNodeEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.REDIS_URL;
  delete copy.NODE_ID;
  delete copy.LEASE_TTL_MS;
  return copy;
}
