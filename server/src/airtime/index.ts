// The airtime source's parts other workspaces measure (bench/): the hidden listener and its names.
export { airtimeIdentity, isAirtimeIdentity } from './airtimeIdentity.js';
export { openSpeakerProbe, type ProbeDetails, type SpeakerProbe } from './speakerProbe.js';
