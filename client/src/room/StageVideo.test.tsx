import { TrackInfo, TrackSource, TrackType } from '@livekit/protocol';
import { render } from '@testing-library/react';
import {
  RemoteParticipant,
  RemoteTrackPublication,
  RemoteVideoTrack,
  Track,
  type Room,
} from 'livekit-client';
import { describe, expect, test, vi } from 'vitest';
import { connectedRoom, joinRemote, mediaTrack } from '../testing/livekitObjects';
import { StageVideo } from './StageVideo';

/** A remote camera this page is not subscribed to yet, and a way to subscribe it. */
function remoteCamera(room: Room, identity: string, size = { width: 640, height: 480 }) {
  const participant: RemoteParticipant = joinRemote(room, identity);
  const info = new TrackInfo({
    sid: `TR_${identity}`,
    type: TrackType.VIDEO,
    source: TrackSource.CAMERA,
    name: 'camera',
    ...size,
  });
  const publication = new RemoteTrackPublication(Track.Kind.Video, info, true);
  participant.trackPublications.set(info.sid, publication);
  participant.videoTrackPublications.set(info.sid, publication);
  /** A track whose attach and detach only record the element (jsdom cannot play media). */
  const newTrack = () => {
    const track = new RemoteVideoTrack(mediaTrack('video'), info.sid, undefined as never);
    const attached = vi.spyOn(track, 'attach').mockImplementation((el?: HTMLMediaElement) => el!);
    const detached = vi
      .spyOn(track, 'detach')
      .mockImplementation((el?: HTMLMediaElement) => el as never);
    return { track, attached, detached };
  };
  const trackRef = { participant, publication, source: Track.Source.Camera };
  return { publication, trackRef, newTrack };
}

describe('StageVideo', () => {
  test('the track is given to the video in the same task LiveKit subscribes it, before any render', () => {
    const cam = remoteCamera(connectedRoom('me'), 'anna');
    const { container } = render(<StageVideo trackRef={cam.trackRef} />);
    const video = container.querySelector('video');
    if (!video) throw new Error('no video element');
    expect(video).toHaveAttribute('data-lk-local-participant', 'false');
    expect(video).toHaveAttribute('data-lk-source', 'camera');
    expect(video).toHaveClass('lk-participant-media-video');

    const first = cam.newTrack();
    // No act(), no waiting: what LiveKit does on subscribing, and nothing else.
    cam.publication.setTrack(first.track);
    expect(first.attached).toHaveBeenCalledExactlyOnceWith(video);
  });

  test('a track subscribed before the tile is drawn is attached when it is drawn', () => {
    const cam = remoteCamera(connectedRoom('me'), 'anna');
    const early = cam.newTrack();
    cam.publication.setTrack(early.track);
    const { container } = render(<StageVideo trackRef={cam.trackRef} />);
    expect(early.attached).toHaveBeenCalledExactlyOnceWith(container.querySelector('video'));
  });

  test('withheld and given back (a muted phase): the new track replaces the old one', () => {
    const cam = remoteCamera(connectedRoom('me'), 'anna');
    const { container } = render(<StageVideo trackRef={cam.trackRef} />);
    const video = container.querySelector('video');
    const before = cam.newTrack();
    cam.publication.setTrack(before.track);
    cam.publication.setTrack(undefined);
    const after = cam.newTrack();
    cam.publication.setTrack(after.track);
    expect(before.detached).toHaveBeenCalledWith(video);
    expect(after.attached).toHaveBeenCalledExactlyOnceWith(video);
  });

  test('a tile that goes away lets go of its track and no longer follows the publication', () => {
    const cam = remoteCamera(connectedRoom('me'), 'anna');
    const { container, unmount } = render(<StageVideo trackRef={cam.trackRef} />);
    const video = container.querySelector('video');
    const shown = cam.newTrack();
    cam.publication.setTrack(shown.track);
    unmount();
    expect(shown.detached).toHaveBeenCalledWith(video);
    const later = cam.newTrack();
    cam.publication.setTrack(later.track);
    expect(later.attached).not.toHaveBeenCalled();
  });

  test('a portrait camera is shown whole, a landscape one fills the tile', () => {
    const room = connectedRoom('me');
    const portrait = remoteCamera(room, 'anna', { width: 480, height: 640 });
    const landscape = remoteCamera(room, 'ben');
    const { container } = render(
      <>
        <StageVideo trackRef={portrait.trackRef} />
        <StageVideo trackRef={landscape.trackRef} />
      </>,
    );
    const [p, l] = container.querySelectorAll('video');
    expect(p).toHaveAttribute('data-lk-orientation', 'portrait');
    expect(l).toHaveAttribute('data-lk-orientation', 'landscape');
  });
});
