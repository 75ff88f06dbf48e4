import type { Ack } from '@intervision/shared';

/** How long a command waits for the server's ack before it is answered as lost. */
const ACK_TIMEOUT_MS = 10_000;

/**
 * The part of a Socket.IO socket a command needs. Socket.IO's typed `emit` cannot tie a generic
 * command name to its payload; each hook's `send` signature does that, and this view only forwards.
 */
interface CommandSocket {
  timeout(ms: number): {
    emit(
      command: string,
      payload: unknown,
      ack: (err: Error | null, reply: Ack<object>) => void,
    ): unknown;
  };
}

/**
 * Sends one command and resolves with the server's ack (trusted to match the command's reply type,
 * as the server's contract says); never rejects: no socket yet or no answer
 * within ten seconds becomes an `internal` error ack the caller shows like any other.
 */
export function emitCommand<R extends object>(
  socket: CommandSocket | null,
  command: string,
  payload: unknown,
): Promise<Ack<R>> {
  return new Promise((resolve) => {
    if (!socket) {
      resolve({ ok: false, error: 'internal', message: 'Not connected yet.' });
      return;
    }
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emit(command, payload ?? {}, (err, ack) =>
        resolve(
          err
            ? { ok: false, error: 'internal', message: 'No answer from the server.' }
            : (ack as Ack<R>),
        ),
      );
  });
}
