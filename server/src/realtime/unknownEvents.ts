import type { Ack } from '@intervision/shared';
import type { Namespace, Server } from 'socket.io';

/**
 * An event nobody handles would leave its ack unanswered forever; answer it `bad_request` instead.
 * Asks the socket itself which events have handlers, so new events need no list kept here.
 */
export function answerUnknownEvents(io: Server | Namespace): void {
  io.on('connection', (socket) => {
    socket.use((packet, next) => {
      const name = packet[0];
      if (typeof name === 'string' && socket.listenerCount(name) > 0) {
        next();
        return;
      }
      const ack = packet.at(-1);
      if (typeof ack === 'function') {
        const reply: Ack = { ok: false, error: 'bad_request', message: 'Unknown event.' };
        (ack as (a: Ack) => void)(reply);
      }
    });
  });
}
