import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** Serves the built client; every non-API path gets index.html so `/s/:id` links work. */
export function createClientRouter(distDir: string): Router {
  const router = express.Router();
  const index = join(distDir, 'index.html');
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/api\/|\/socket\.io\/).*/, (_req, res) => {
    if (existsSync(index)) {
      res.set('Cache-Control', 'no-cache').sendFile(index);
    } else {
      res
        .status(503)
        .type('text/plain')
        .send('The web client is not built yet: run `npm run build` (npm start does it for you).');
    }
  });
  return router;
}
