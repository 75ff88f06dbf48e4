// The airtime source's parts other workspaces measure (bench/): the listener process and its names.
export { airtimeListenerIdentity, isAirtimeIdentity } from './airtimeIdentity.js';
export { defaultSpeakerListenerBin } from './defaultSpeakerListenerBin.js';
export type { ListenerDetails, ListenerHandlers, RoomListener } from './roomListener.js';
export { SpeakerListenerProcess } from './speakerListenerProcess.js';
