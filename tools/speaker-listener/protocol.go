package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// command is one line the app server writes to stdin.
type command struct {
	Op      string   `json:"op"`
	Key     string   `json:"key"`
	URL     string   `json:"url,omitempty"`
	Token   string   `json:"token,omitempty"`
	Targets []string `json:"targets,omitempty"`
}

// event is one line this process writes to stdout. Speaking is a pointer so that `false` is
// written for speaking events and the field is absent on every other event.
type event struct {
	Ev       string `json:"ev"`
	Key      string `json:"key,omitempty"`
	Identity string `json:"identity,omitempty"`
	Speaking *bool  `json:"speaking,omitempty"`
	Error    string `json:"error,omitempty"`
}

// maxLine bounds one command: a join carries a token and a room's identities, far below this.
const maxLine = 1 << 20

// parseCommand validates one stdin line; a bad line is reported on stderr and changes nothing.
func parseCommand(line []byte) (command, error) {
	var c command
	if err := json.Unmarshal(line, &c); err != nil {
		return c, fmt.Errorf("not JSON: %w", err)
	}
	if c.Key == "" {
		return c, errors.New("key missing")
	}
	switch c.Op {
	case "join":
		if c.URL == "" || c.Token == "" {
			return c, errors.New("join needs url and token")
		}
	case "targets", "leave":
	default:
		return c, fmt.Errorf("unknown op %q", c.Op)
	}
	for _, t := range c.Targets {
		if t == "" {
			return c, errors.New("empty target identity")
		}
	}
	return c, nil
}

// emitter writes events one whole line at a time: rooms report from their own goroutines.
type emitter struct {
	mu  sync.Mutex
	out io.Writer
}

func (e *emitter) emit(ev event) {
	line, err := json.Marshal(ev)
	if err != nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	_, _ = e.out.Write(append(line, '\n'))
}

func (e *emitter) speaking(key, identity string, speaking bool) {
	e.emit(event{Ev: "speaking", Key: key, Identity: identity, Speaking: &speaking})
}
