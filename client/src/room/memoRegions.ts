import { memo } from 'react';
import { AirtimeMirrorView as AirtimeMirrorViewRegion } from './AirtimeMirrorView';
import { AirtimePanel as AirtimePanelRegion } from './AirtimePanel';
import { ChairConsole as ChairConsoleRegion } from './ChairConsole';
import { HandQueue as HandQueueRegion } from './HandQueue';
import { ParticipantList as ParticipantListRegion } from './ParticipantList';
import { PhaseBar as PhaseBarRegion } from './PhaseBar';
import { RoomHeading as RoomHeadingRegion } from './RoomHeading';
import { RoundPanel as RoundPanelRegion } from './RoundPanel';
import { VideoStage as VideoStageRegion } from './VideoStage';

/*
 * The room's regions as RoomBody uses them: re-rendered only when their own props change. RoomBody
 * renders again on every LiveKit event its hooks follow (connection state, tracks, permissions,
 * speakers), about nine times during a join alone, and the whole room went with it each time; on
 * the join benchmark that work competed with the media connection for the page's main thread and
 * cost the first remote picture about a frame (docs/join-speed.md). Each region still follows its
 * own sources (LiveKit hooks, timers, translations) by itself.
 */
export const AirtimeMirrorView = memo(AirtimeMirrorViewRegion);
export const AirtimePanel = memo(AirtimePanelRegion);
export const ChairConsole = memo(ChairConsoleRegion);
export const HandQueue = memo(HandQueueRegion);
export const ParticipantList = memo(ParticipantListRegion);
export const PhaseBar = memo(PhaseBarRegion);
export const RoomHeading = memo(RoomHeadingRegion);
export const RoundPanel = memo(RoundPanelRegion);
export const VideoStage = memo(VideoStageRegion);
