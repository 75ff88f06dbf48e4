// `tsx scripts/speakerListener/cli.ts ensure`: prints the speaker-listener path (building it if
// needed), so launchers and CI get it before the app server starts.
import { ensureSpeakerListener } from './ensureSpeakerListener.js';

const [command] = process.argv.slice(2);
if (command === 'ensure') {
  try {
    process.stdout.write(`${ensureSpeakerListener()}\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
} else {
  process.stderr.write('usage: tsx scripts/speakerListener/cli.ts ensure\n');
  process.exit(2);
}
