import { fileURLToPath } from 'node:url';
import { composeServer, openDatabase } from './composeServer.js';
import { describeDatabase, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot);
  const logger = createLogger(config.logLevel);
  const store = await openDatabase(config, logger);
  const { app, media } = composeServer(config, undefined, { store, logger });
  const restored = await app.service.restoreAll();
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { port, restored, media: media.mode, database: describeDatabase(config) },
    'listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
