package main

import "regexp"

// jwt matches an access token: LiveKit's SDK puts the whole token into some of its errors.
var jwt = regexp.MustCompile(`eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`)

// redact keeps tokens out of logs and out of the events the app server logs.
func redact(s string) string { return jwt.ReplaceAllString(s, "<token>") }
