// speaker-listener holds the app server's hidden airtime listeners, one per running session,
// in one process. The app server writes commands to stdin and reads events from stdout, one JSON
// object per line (see protocol.go and README.md in the repository); logs go to stderr. The
// process exits when stdin closes, so it never outlives the app server that started it.
package main

import (
	"bufio"
	"os"
	"sync"
)

func main() {
	quietSDK()
	// Only the emitter writes to the real stdout: anything a library prints goes to stderr and
	// cannot break the line protocol.
	out := &emitter{out: os.Stdout}
	os.Stdout = os.Stderr

	m := &manager{out: out, listeners: map[string]*listener{}}
	out.emit(event{Ev: "ready"})
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 64*1024), maxLine)
	for scanner.Scan() {
		cmd, err := parseCommand(scanner.Bytes())
		if err != nil {
			logf("ignored a bad command: %v", err)
			continue
		}
		m.handle(cmd)
	}
	if err := scanner.Err(); err != nil {
		logf("stdin: %v", err)
	}
	m.leaveAll()
}

// manager holds the listeners by the app server's key (its session id).
type manager struct {
	out       *emitter
	mu        sync.Mutex
	listeners map[string]*listener
}

func (m *manager) handle(c command) {
	switch c.Op {
	case "join":
		// A second join for a key replaces the first (the app server starts it again).
		if old := m.get(c.Key); old != nil {
			m.forget(old)
			go old.leave()
		}
		l := newListener(c.Key, c.Targets, m.out, m.forget)
		m.mu.Lock()
		m.listeners[c.Key] = l
		m.mu.Unlock()
		go l.join(c.URL, c.Token)
	case "targets":
		if l := m.get(c.Key); l != nil {
			l.setTargets(c.Targets)
		}
	case "leave":
		// Leaving a room takes a round trip to LiveKit: the next commands need not wait for it.
		if l := m.get(c.Key); l != nil {
			m.forget(l)
			go l.leave()
		} else {
			m.out.emit(event{Ev: "left", Key: c.Key})
		}
	}
}

func (m *manager) get(key string) *listener {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.listeners[key]
}

// forget drops a listener that is gone, unless a newer one already took its key.
func (m *manager) forget(l *listener) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.listeners[l.key] == l {
		delete(m.listeners, l.key)
	}
}

func (m *manager) leaveAll() {
	m.mu.Lock()
	all := make([]*listener, 0, len(m.listeners))
	for _, l := range m.listeners {
		all = append(all, l)
	}
	m.mu.Unlock()
	var wg sync.WaitGroup
	for _, l := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.leave()
		}()
	}
	wg.Wait()
}
