import { z } from 'zod';

/**
 * The lines the speaker-listener sidecar (tools/speaker-listener) prints on stdout, one JSON
 * object each. Everything it prints is checked: a line that is not one of these is logged and
 * changes nothing.
 */
const key = z.string().min(1).max(256);
const listenerEventSchema = z.discriminatedUnion('ev', [
  z.object({ ev: z.literal('ready') }),
  z.object({ ev: z.literal('joined'), key }),
  z.object({
    ev: z.literal('speaking'),
    key,
    identity: z.string().min(1).max(256),
    speaking: z.boolean(),
  }),
  z.object({ ev: z.literal('left'), key, error: z.string().max(4096).optional() }),
]);

export type ListenerEvent = z.infer<typeof listenerEventSchema>;

/** One stdout line of the sidecar as an event, or why it is none. */
export function parseListenerLine(
  line: string,
): { ok: true; event: ListenerEvent } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = listenerEventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, event: parsed.data };
}

/** The commands the app server writes to the sidecar's stdin. */
export type ListenerCommand =
  | { op: 'join'; key: string; url: string; token: string; targets: string[] }
  | { op: 'targets'; key: string; targets: string[] }
  | { op: 'leave'; key: string };

/** One stdin line for the sidecar. */
export function commandLine(command: ListenerCommand): string {
  return `${JSON.stringify(command)}\n`;
}
