import { freeTcpPort } from '@intervision/scripts/livekit/freePorts';

/** A TCP port nobody listens on right now on loopback (the OS picks it). */
export const freePort = freeTcpPort;
