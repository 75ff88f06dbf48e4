import { fileURLToPath } from 'node:url';
import { joinCluster } from './cluster/joinCluster.js';
import { composeServer } from './composeServer.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot);
  const baseLogger = createLogger(config.logLevel);
  const cluster = config.cluster
    ? await joinCluster(config.cluster, config.databaseFile, baseLogger)
    : null;
  const { app, store, media, logger } = composeServer(
    config,
    undefined,
    cluster ? { node: cluster.node, logger: baseLogger } : undefined,
  );
  // A cluster node restores nothing itself: it adopts running sessions whose lease is free.
  const restored = cluster ? 0 : app.service.restoreAll();
  if (cluster) await cluster.node.start({ ...app.targets, io: app.io, media, logger });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    {
      port,
      restored,
      media: media.mode,
      database: config.databaseFile,
      node: config.cluster?.nodeId ?? null,
    },
    'listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close();
    store.close();
    if (cluster) await cluster.redis.close().catch(() => cluster.redis.destroy());
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
