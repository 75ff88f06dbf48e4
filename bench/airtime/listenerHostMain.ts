/**
 * A process holding only the airtime source as the app server holds it: the server's
 * `SpeakerListenerProcess` (which starts the speaker-listener sidecar, one hidden listener per
 * session) and nothing else, so this process's CPU time and RSS are the app server's share of the
 * source's cost and the sidecar's are the rest. Driven over IPC by bench/benchmarks/airtime.ts:
 * `open` a list of sessions, `sample` own CPU/RSS, the sidecar's pid and who was heard, `close`.
 */
import { pino } from 'pino';

interface Session {
  sessionId: string;
  url: string;
  token: string;
  targets: string[];
}
type Msg =
  { id: number; type: 'open'; sessions: Session[] } | { id: number; type: 'sample' | 'close' };

const { SpeakerListenerProcess, defaultSpeakerListenerBin } =
  await import('@intervision/server/airtime');
const sidecar = new SpeakerListenerProcess({
  bin: process.env.SPEAKER_LISTENER_BIN ?? defaultSpeakerListenerBin,
  logger: pino({ level: 'warn' }, pino.destination(2)),
});
const listeners: Array<{ close(): void }> = [];
const speaking = new Set<string>();
/** Members each session's listener has heard speak at least once. */
const heard = new Set<string>();
let joined = 0;
let left = 0;
let reports = 0;

const reply = (id: number, body: Record<string, unknown>) =>
  process.send?.({ replyTo: id, ...body });

process.on('message', (raw) => {
  const msg = raw as Msg;
  void (async () => {
    try {
      if (msg.type === 'open') {
        for (const s of msg.sessions) {
          listeners.push(
            sidecar.open(s.sessionId, { url: s.url, token: s.token }, s.targets, {
              joined: () => void (joined += 1),
              left: () => void (left += 1),
              speaking: (identity, now) => {
                reports += 1;
                if (now) {
                  speaking.add(identity);
                  heard.add(identity);
                } else {
                  speaking.delete(identity);
                }
              },
            }),
          );
        }
        reply(msg.id, { opened: msg.sessions.length });
      } else if (msg.type === 'sample') {
        const cpu = process.cpuUsage();
        reply(msg.id, {
          cpuMicros: cpu.user + cpu.system,
          rss: process.memoryUsage().rss,
          at: performance.now(),
          sidecarPid: sidecar.pid ?? null,
          speakingNow: speaking.size,
          heard: heard.size,
          heardIdentities: [...heard],
          joined,
          left,
          reports,
        });
      } else {
        for (const l of listeners.splice(0)) l.close();
        await sidecar.close();
        reply(msg.id, { closed: true });
      }
    } catch (err) {
      process.send?.({ replyTo: msg.id, error: err instanceof Error ? err.message : String(err) });
    }
  })();
});

process.send?.({ type: 'ready' });
