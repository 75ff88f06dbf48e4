// The harness `tests/` and `bench/` share: real servers, real clients, and the ways to wait for
// them. LiveKit participants (`./rtc`), browsers (`./browser`) and Vitest glue (`./vitest`) are
// separate entry points so a suite loads only the native modules it uses.
export { repoRoot } from '@intervision/scripts/repoRoot';
export { ensureLivekit } from '@intervision/scripts/livekit/ensureLivekit';
export { ensureSpeakerListener } from '@intervision/scripts/speakerListener/ensureSpeakerListener';
export { startLivekit, type RunningLivekit } from '@intervision/scripts/livekit/startLivekit';
export {
  createSession,
  join,
  request,
  secretOf,
  sessionWithMembers,
  type HttpResult,
} from './api.js';
export {
  createGathering,
  GatheringClient,
  joinGathering,
  type GatheringSocket,
} from './gatheringClient.js';
export { startInProcessServer, type RunningServer } from './inProcessServer.js';
export { LiveClient, type ClientSocket } from './liveClient.js';
export { eventually, startCluster, type TestCluster } from './clusterNodes.js';
export { freePort } from './ports.js';
export { startPostgres, type Postgres } from './postgres.js';
export { Recorder } from './recorder.js';
export { startRedis, type RunningRedis } from './redisServer.js';
export { startServerProcess, type ServerProcess } from './serverProcess.js';
export { startServerWithLivekit, type ServerWithLivekit } from './serverWithLivekit.js';
export { openTestSocket, whenConnected } from './testSocket.js';
export { waitForEvent, withTimeout, type Listenable } from './waitFor.js';
export { startAppProcessWithLivekit, type AppProcessWithLivekit } from './appProcessWithLivekit.js';
