// `tsx scripts/livekit/cli.ts ensure`: prints the livekit-server path (building it if needed), so
// launchers and CI can get the slow part done before anything else starts.
import { ensureLivekit } from './ensureLivekit.js';

const [command] = process.argv.slice(2);
if (command === 'ensure') {
  try {
    process.stdout.write(`${ensureLivekit()}\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
} else {
  process.stderr.write('usage: tsx scripts/livekit/cli.ts ensure\n');
  process.exit(2);
}
