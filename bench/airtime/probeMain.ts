/**
 * A process holding only the airtime source's hidden listeners (the server's `openSpeakerProbe`),
 * so its CPU time and RSS are the source's cost and nothing else's. Driven over IPC by
 * bench/benchmarks/airtime.ts: `open` a list of listeners, `sample` CPU/RSS/speaking, `close`.
 */
export {};

process.env.NODE_ENV ??= 'production'; // rtc-node logs at debug level otherwise

interface Target {
  url: string;
  token: string;
  target: string;
}
type Msg =
  { id: number; type: 'open'; targets: Target[] } | { id: number; type: 'sample' | 'close' };

const { openSpeakerProbe } = await import('@intervision/server/airtime');
type Probe = Awaited<ReturnType<typeof openSpeakerProbe>>;
const probes: Probe[] = [];
const speaking = new Set<string>();
/** Members each listener has heard speak at least once. */
const heard = new Set<string>();
let reports = 0;

const reply = (id: number, body: Record<string, unknown>) =>
  process.send?.({ replyTo: id, ...body });

process.on('message', (raw) => {
  const msg = raw as Msg;
  void (async () => {
    try {
      if (msg.type === 'open') {
        const opened = await Promise.all(
          msg.targets.map((t) =>
            openSpeakerProbe({ url: t.url, token: t.token }, t.target, (now) => {
              reports += 1;
              if (now) {
                speaking.add(t.target);
                heard.add(t.target);
              } else {
                speaking.delete(t.target);
              }
            }),
          ),
        );
        probes.push(...opened);
        reply(msg.id, { opened: opened.length });
      } else if (msg.type === 'sample') {
        const cpu = process.cpuUsage();
        reply(msg.id, {
          cpuMicros: cpu.user + cpu.system,
          rss: process.memoryUsage().rss,
          at: performance.now(),
          speakingNow: speaking.size,
          heard: heard.size,
          reports,
        });
      } else {
        await Promise.all(probes.splice(0).map((p) => p.close()));
        reply(msg.id, { closed: true });
      }
    } catch (err) {
      process.send?.({ replyTo: msg.id, error: err instanceof Error ? err.message : String(err) });
    }
  })();
});

process.send?.({ type: 'ready' });
