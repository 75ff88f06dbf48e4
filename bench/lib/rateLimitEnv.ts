/**
 * Benchmarks create thousands of sessions, joins and events from one loopback address on purpose;
 * the production rate limits would refuse that load, so the benchmarked server gets roomy ones.
 */
export const BENCH_RATE_LIMIT_ENV: Record<string, string> = {
  RATE_LIMIT_SOCKET_PER_SECOND: '100000',
  RATE_LIMIT_SOCKET_BURST: '100000',
  RATE_LIMIT_CREATES_PER_HOUR: '1000000',
  RATE_LIMIT_JOINS_PER_MINUTE: '1000000',
};
