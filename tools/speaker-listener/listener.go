package main

import (
	"sync"

	"github.com/livekit/protocol/livekit"
	lksdk "github.com/livekit/server-sdk-go/v2"
	"github.com/pion/webrtc/v4"
)

// listener is one hidden participant in one media room. It subscribes to the targets'
// microphones with forwarding disabled: the SFU sends no audio packets but still tells a
// subscriber when each of them starts and stops speaking (LiveKit sends speaker updates only
// about tracks one is subscribed to), and the Go SDK keeps the `active:false` entries of those
// deltas, so one listener can follow any number of speakers.
type listener struct {
	key  string
	out  *emitter
	done func(l *listener) // forgets this listener in the manager

	mu       sync.Mutex
	room     *lksdk.Room
	targets  map[string]bool
	speaking map[string]bool
	leaving  bool
}

func newListener(key string, targets []string, out *emitter, done func(*listener)) *listener {
	l := &listener{key: key, out: out, done: done, speaking: map[string]bool{}}
	l.targets = toSet(targets)
	return l
}

func toSet(ids []string) map[string]bool {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// join connects (blocking: run it in its own goroutine) and reports `joined` or `left`.
func (l *listener) join(url, token string) {
	cb := lksdk.NewRoomCallback()
	cb.OnTrackPublished = func(pub *lksdk.RemoteTrackPublication, rp *lksdk.RemoteParticipant) {
		if l.isTarget(rp.Identity()) {
			listenTo(pub)
		}
	}
	cb.OnTrackSubscribed = func(track *webrtc.TrackRemote, pub *lksdk.RemoteTrackPublication, _ *lksdk.RemoteParticipant) {
		// Forwarding was disabled before subscribing; say it again in case the SFU took the
		// subscription first, and read away anything that still arrives so no buffer fills.
		pub.SetEnabled(false)
		go drain(track)
	}
	cb.OnIsSpeakingChanged = func(p lksdk.Participant) { l.set(p.Identity(), p.IsSpeaking()) }
	// A member who leaves or whose microphone goes stops speaking now, whatever came before.
	cb.OnParticipantDisconnected = func(rp *lksdk.RemoteParticipant) { l.set(rp.Identity(), false) }
	cb.OnTrackUnpublished = func(pub *lksdk.RemoteTrackPublication, rp *lksdk.RemoteParticipant) {
		if pub.Source() == livekit.TrackSource_MICROPHONE {
			l.set(rp.Identity(), false)
		}
	}
	cb.OnTrackMuted = func(pub lksdk.TrackPublication, p lksdk.Participant) {
		if pub.Source() == livekit.TrackSource_MICROPHONE {
			l.set(p.Identity(), false)
		}
	}
	cb.OnDisconnectedWithReason = func(reason lksdk.DisconnectionReason) {
		l.mu.Lock()
		ours := l.leaving
		l.mu.Unlock()
		if !ours {
			l.finish("disconnected: " + string(reason))
		}
	}
	room := lksdk.NewRoom(cb)
	if err := room.JoinWithToken(url, token, lksdk.WithAutoSubscribe(false)); err != nil {
		reason := "could not join: " + redact(err.Error())
		logf("listener %s %s", l.key, reason)
		l.finish(reason)
		return
	}
	l.mu.Lock()
	if l.leaving {
		l.mu.Unlock()
		room.Disconnect()
		return
	}
	l.room = room
	l.mu.Unlock()
	l.out.emit(event{Ev: "joined", Key: l.key})
	for _, rp := range room.GetRemoteParticipants() {
		if l.isTarget(rp.Identity()) {
			listenToMicrophone(rp)
		}
	}
}

// isTarget is checked without holding the lock while calling into the room: the SDK calls
// back into the listener from under its own locks.
func (l *listener) isTarget(identity string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.targets[identity]
}

// setTargets follows exactly these identities from now on.
func (l *listener) setTargets(targets []string) {
	next := toSet(targets)
	l.mu.Lock()
	var removed, added, stopped []string
	for id := range l.targets {
		if !next[id] {
			removed = append(removed, id)
			if l.speaking[id] {
				stopped = append(stopped, id)
				delete(l.speaking, id)
			}
		}
	}
	for id := range next {
		if !l.targets[id] {
			added = append(added, id)
		}
	}
	l.targets = next
	room := l.room
	l.mu.Unlock()
	for _, id := range stopped {
		l.out.speaking(l.key, id, false)
	}
	if room == nil {
		return // join subscribes to the targets of the moment once it is in
	}
	for _, id := range removed {
		if rp := room.GetParticipantByIdentity(id); rp != nil {
			unsubscribeMicrophone(rp)
		}
	}
	for _, id := range added {
		if rp := room.GetParticipantByIdentity(id); rp != nil {
			listenToMicrophone(rp)
		}
	}
}

// leave disconnects on the app server's request; it answers `left` once.
func (l *listener) leave() { l.end("", false) }

// finish reports a listener that LiveKit dropped or that never got in.
func (l *listener) finish(reason string) { l.end(reason, true) }

// end disconnects once and reports `left` (with the reason when it was not asked for). From a
// callback of the room itself the disconnect runs in the background, not under the SDK's locks.
func (l *listener) end(reason string, background bool) {
	l.mu.Lock()
	if l.leaving {
		l.mu.Unlock()
		return
	}
	l.leaving = true
	room := l.room
	l.mu.Unlock()
	if room != nil {
		if background {
			go room.Disconnect()
		} else {
			room.Disconnect()
		}
	}
	l.done(l)
	l.out.emit(event{Ev: "left", Key: l.key, Error: reason})
}

// set reports a change of one target's speaking, and nothing about anyone else.
func (l *listener) set(identity string, speaking bool) {
	l.mu.Lock()
	if l.leaving || !l.targets[identity] || l.speaking[identity] == speaking {
		l.mu.Unlock()
		return
	}
	if speaking {
		l.speaking[identity] = true
	} else {
		delete(l.speaking, identity)
	}
	l.mu.Unlock()
	l.out.speaking(l.key, identity, speaking)
}

func listenToMicrophone(rp *lksdk.RemoteParticipant) {
	for _, pub := range rp.TrackPublications() {
		if remote, ok := pub.(*lksdk.RemoteTrackPublication); ok {
			listenTo(remote)
		}
	}
}

// listenTo subscribes to a microphone with forwarding disabled first: LiveKit keeps track
// settings sent before the subscription, so not even the first packets are sent.
func listenTo(pub *lksdk.RemoteTrackPublication) {
	if pub.Source() != livekit.TrackSource_MICROPHONE || pub.IsSubscribed() {
		return
	}
	pub.SetEnabled(false)
	if err := pub.SetSubscribed(true); err != nil {
		logf("could not subscribe to %s: %v", pub.SID(), err)
	}
}

func unsubscribeMicrophone(rp *lksdk.RemoteParticipant) {
	for _, pub := range rp.TrackPublications() {
		if remote, ok := pub.(*lksdk.RemoteTrackPublication); ok &&
			remote.Source() == livekit.TrackSource_MICROPHONE {
			if err := remote.SetSubscribed(false); err != nil {
				logf("could not unsubscribe from %s: %v", remote.SID(), err)
			}
		}
	}
}

func drain(track *webrtc.TrackRemote) {
	buf := make([]byte, 1500)
	for {
		if _, _, err := track.Read(buf); err != nil {
			return
		}
	}
}
