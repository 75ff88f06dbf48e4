package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseCommandAcceptsTheThreeOps(t *testing.T) {
	for _, line := range []string{
		`{"op":"join","key":"s#1","url":"ws://127.0.0.1:7880","token":"t","targets":["a","b"]}`,
		`{"op":"targets","key":"s#1","targets":[]}`,
		`{"op":"leave","key":"s#1"}`,
	} {
		if _, err := parseCommand([]byte(line)); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
}

func TestParseCommandRefusesWhatItCannotDo(t *testing.T) {
	for _, line := range []string{
		`not json`,
		`{"op":"join","key":"k","token":"t"}`,
		`{"op":"join","key":"k","url":"ws://x"}`,
		`{"op":"leave"}`,
		`{"op":"explode","key":"k"}`,
		`{"op":"targets","key":"k","targets":[""]}`,
	} {
		if _, err := parseCommand([]byte(line)); err == nil {
			t.Errorf("%s: accepted", line)
		}
	}
}

func TestSpeakingEventsCarryFalse(t *testing.T) {
	var out bytes.Buffer
	e := &emitter{out: &out}
	e.speaking("k", "a", false)
	e.emit(event{Ev: "joined", Key: "k"})
	want := "{\"ev\":\"speaking\",\"key\":\"k\",\"identity\":\"a\",\"speaking\":false}\n{\"ev\":\"joined\",\"key\":\"k\"}\n"
	if out.String() != want {
		t.Errorf("got %q", out.String())
	}
}

func TestRedactHidesTokens(t *testing.T) {
	msg := redact("invalid token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc-_12, error: expired")
	if strings.Contains(msg, "eyJ") || !strings.Contains(msg, "<token>") {
		t.Errorf("got %q", msg)
	}
}
