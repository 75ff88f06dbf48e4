package main

import (
	"log"
	"os"

	"github.com/go-logr/logr"
	"github.com/go-logr/stdr"
	protoLogger "github.com/livekit/protocol/logger"
	lksdk "github.com/livekit/server-sdk-go/v2"
)

// logf is this program's own log: one prefixed line on stderr, which the app server logs as a
// warning-worthy event (anything else on stderr is the WebRTC stack's and logged at debug).
var own = log.New(os.Stderr, "[speaker-listener] ", log.LstdFlags)

func logf(format string, args ...any) { own.Printf(format, args...) }

// quietSDK keeps the LiveKit SDK's and pion's errors on stderr and drops their info lines (a few
// per connection and track, times every session); SPEAKER_LISTENER_VERBOSE=1 keeps them all.
func quietSDK() {
	sink := stdr.New(log.New(os.Stderr, "", log.LstdFlags)).GetSink()
	if os.Getenv("SPEAKER_LISTENER_VERBOSE") != "1" {
		sink = errorsOnly{sink}
	}
	lksdk.SetLogger(protoLogger.LogRLogger(logr.New(sink)))
}

// errorsOnly passes a sink's errors and nothing else.
type errorsOnly struct{ logr.LogSink }

func (errorsOnly) Enabled(int) bool { return false }

func (s errorsOnly) WithValues(kv ...any) logr.LogSink {
	return errorsOnly{s.LogSink.WithValues(kv...)}
}

func (s errorsOnly) WithName(name string) logr.LogSink {
	return errorsOnly{s.LogSink.WithName(name)}
}
