import { fileURLToPath } from 'node:url';
import { joinCluster } from './cluster/joinCluster.js';
import { composeServer, openDatabase } from './composeServer.js';
import { describeDatabase, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot);
  const logger = createLogger(config.logLevel);
  const store = await openDatabase(config, logger);
  const cluster = config.cluster
    ? await joinCluster(config.cluster, store, logger).catch(async (err: unknown) => {
        await store.close().catch(() => undefined);
        throw err;
      })
    : null;
  const { app, media } = composeServer(config, undefined, {
    store,
    logger,
    ...(cluster ? { cluster: cluster.node } : {}),
  });
  // A cluster node restores nothing itself: it adopts running sessions whose lease is free.
  const restored = cluster ? 0 : await app.service.restoreAll();
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
      database: describeDatabase(config),
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
    await store.close();
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
