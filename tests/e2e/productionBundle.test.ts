import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@intervision/testkit';
import { describe, expect, it } from 'vitest';

// The page must not hand its LiveKit room (or anything else) to other scripts for the tests' sake.
describe('the production client bundle', () => {
  const assets = join(repoRoot, 'client', 'dist', 'assets');

  it('carries no test hook on window', () => {
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const hooked = scripts.filter((f) =>
      readFileSync(join(assets, f), 'utf8').includes('__intervision'),
    );
    expect(hooked).toEqual([]);
  });
});
