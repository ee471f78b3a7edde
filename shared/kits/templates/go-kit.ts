/** The whole-flow kit in Go: the standard library only (net/http, crypto/aes, crypto/x509). */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal } from '../kit-value.ts';
import { doubleQuoted, LITERAL_STYLES } from '../literal-styles.ts';

const style = LITERAL_STYLES.go;

/** Entries with their comments aligned, as gofmt writes them. */
function table(answers: Answer[]): string {
  const width = Math.max(...answers.map((a) => a.action.length));
  return answers.map((a) => `\t${a.status}: ${`"${a.action}",`.padEnd(width + 3)} // ${a.meaning}`).join('\n');
}

/** The literal writer indents with four spaces; Go indents with tabs. */
const tabs = (code: string) => code.replace(/^(\t*)((?: {4})+)/gm, (_, t: string, spaces: string) => t + '\t'.repeat(spaces.length / 4));

function steps(plan: KitPlan): string {
  return plan.steps
    .map((s) => {
      const value = `step{\n\t\tID:           ${doubleQuoted(s.id)},\n\t\tTitle:        ${doubleQuoted(s.title)},\n\t\tPath:         ${doubleQuoted(s.path)},\n\t\tCheck:        ${doubleQuoted(s.check.kind)},\n\t\tExpectedHash: ${doubleQuoted('hash' in s.check ? s.check.hash : '')},\n\t\tBody: ${tabs(literal(s.body, style, '\t\t'))},\n\t}`;
      return s.tokenVariable
        ? `\t${s.tokenVariable}, err := runStep(callback, ${value})\n\tif err != nil {\n\t\treturn err\n\t}`
        : `\tif _, err := runStep(callback, ${value}); err != nil {\n\t\treturn err\n\t}`;
    })
    .join('\n');
}

export function goKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, { command: `go run ${fileName}`, needs: 'Go 1.19 or later, nothing else (the standard library)' });
  const outcomeWidth = Math.max(...Object.keys(OUTCOME_TEXT).map((k) => k.length));
  // A blank line after the header: it is not the package's doc comment, so gofmt leaves its layout alone.
  return String.raw`${commented(header, '//')}

package main

import (
	"bytes"
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	baseURL         = strings.TrimRight(env("FILLEASY_BASE_URL", ${doubleQuoted(d.baseUrl)}), "/")
	clientID        = os.Getenv("FILLEASY_CLIENT_ID")
	clientSecret    = os.Getenv("FILLEASY_CLIENT_SECRET")
	callbackAddress = env("FILLEASY_CALLBACK_URL", ${doubleQuoted(d.callbackUrl)})
	pollInterval    = time.Duration(envInt("FILLEASY_POLL_INTERVAL_MS", ${d.pollIntervalMs})) * time.Millisecond
	timeout         = time.Duration(envInt("FILLEASY_TIMEOUT_SECONDS", ${d.timeoutSeconds})) * time.Second
)

const (
	maxPollInterval = ${d.maxPollIntervalMs} * time.Millisecond
	maxRetries      = ${d.maxRetries}
	pollPath        = ${doubleQuoted(plan.pollPath)}
)

// What each status means (from the API catalogue): take the result, wait and poll again,
// retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
var initiateAnswers = map[int]string{
${table(plan.initiateAnswers)}
}

var pollAnswers = map[int]string{
${table(plan.pollAnswers)}
}

// The official codes a transaction ends with when the user does not approve.
var outcomes = map[string]string{
${plan.outcomes.map((o) => `\t"${o.code}": "${o.kind}",`).join('\n')}
}

var outcomeText = map[string]struct {
	text string
	exit int
}{
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `\t${`"${k}":`.padEnd(outcomeWidth + 3)} {${doubleQuoted(v.text)}, ${v.exit}},`).join('\n')}
}

const (
	exitSetup      = ${KIT_EXIT.setup}
	exitStopped    = ${KIT_EXIT.stopped}
	exitTimedOut   = ${KIT_EXIT.timedOut}
	exitUnverified = ${KIT_EXIT.unverified}
)

// stop ends the kit with a message and an exit code.
type stop struct {
	message  string
	exitCode int
}

func (s *stop) Error() string { return s.message }

type step struct {
	ID, Title, Path, Check, ExpectedHash string
	Body                                 map[string]any
}

type answer struct {
	status int
	action string
	body   map[string]any
}

func main() {
	if err := run(); err != nil {
		var s *stop
		if errors.As(err, &s) {
			fmt.Fprintln(os.Stderr, "${STOPPED}"+s.message)
			os.Exit(s.exitCode)
		}
		fmt.Fprintln(os.Stderr, "${STOPPED}unexpected error: "+err.Error())
		os.Exit(exitSetup)
	}
}

func run() error {
	if clientID == "" || clientSecret == "" {
		return &stop{"set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET", exitSetup}
	}
	callback, err := newCallbackReceiver(callbackAddress)
	if err != nil {
		return err
	}
	defer callback.close()
	callbackUrl := callback.url
${steps(plan)}
	return nil
}

// runStep starts one step, shows where the user goes, waits for the final answer, checks and prints the result.
func runStep(callback *callbackReceiver, s step) (string, error) {
	say("== " + s.Title)
	started, err := call(s.Path, s.Body, initiateAnswers)
	if err != nil {
		return "", err
	}
	if started.action != "result" {
		return "", stopFor(started)
	}
	token, _ := started.body["token"].(string)
	if link, ok := started.body["url"].(string); ok && link != "" {
		say("${OPEN_URL}" + link)
	} else {
		say("${NO_URL}")
	}
	if hkic, ok := started.body["hkic"].(string); ok {
		say("identification code (the app shows the same 4 digits): " + hkic)
	}
	data, err := waitForResult(callback, s, token)
	if err != nil {
		return "", err
	}
	plaintext, err := decryptResult(data)
	if err != nil {
		return "", err
	}
	var result map[string]any
	if err := json.Unmarshal([]byte(plaintext), &result); err != nil {
		return "", &stop{"the result is not a JSON object", exitUnverified}
	}
	if err := checkResult(result, s); err != nil {
		return "", err
	}
	say("${RESULT_PREFIX}" + s.ID + ": " + plaintext)
	return token, nil
}

// waitForResult polls Poll Data with a growing pause until a final answer; a callback cuts the pause
// short and brings the app's code.
func waitForResult(callback *callbackReceiver, s step, token string) (string, error) {
	deadline := time.Now().Add(timeout)
	pause := pollInterval
	code := ""
	say(fmt.Sprintf("${WAITING} (%s), polling from every %d ms", s.Title, pause.Milliseconds()))
	for {
		query := callback.next(pause)
		// A late callback of an earlier step is not this step's: its code would be the wrong one.
		if query != nil && query.Get("service") == s.ID {
			if failed := query.Get("errorCode"); failed != "" {
				say("callback received: service=" + s.ID + ", errorCode=" + failed)
			} else {
				say("callback received: service=" + s.ID + ", with a code")
			}
			if query.Get("code") != "" {
				code = query.Get("code")
			}
		}
		body := map[string]any{"token": token}
		if code != "" {
			body["code"] = code
		}
		a, err := call(pollPath, body, pollAnswers)
		if err != nil {
			return "", err
		}
		if a.action == "result" {
			data, _ := a.body["data"].(string)
			return data, nil
		}
		if a.action != "wait" {
			return "", stopFor(a)
		}
		if time.Now().After(deadline) {
			return "", &stop{fmt.Sprintf("no final answer after %d s", int(timeout.Seconds())), exitTimedOut}
		}
		pause = (pause * 3 / 2).Round(time.Millisecond)
		if pause > maxPollInterval {
			pause = maxPollInterval
		}
	}
}

var httpClient = &http.Client{Timeout: 30 * time.Second}

// call sends one POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one).
func call(path string, body map[string]any, answers map[int]string) (answer, error) {
	payload, err := json.Marshal(body)
	if err != nil {
		return answer{}, err
	}
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequest(http.MethodPost, baseURL+path, bytes.NewReader(payload))
		if err != nil {
			return answer{}, &stop{"bad FILLEASY_BASE_URL: " + err.Error(), exitSetup}
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("x-client-id", clientID)
		req.Header.Set("x-client-secret", clientSecret)
		res, err := httpClient.Do(req)
		if err != nil {
			return answer{}, &stop{"cannot reach " + baseURL + ": " + err.Error(), exitSetup}
		}
		text, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return answer{}, &stop{"cannot read the answer: " + err.Error(), exitSetup}
		}
		parsed := map[string]any{}
		if json.Unmarshal(text, &parsed) != nil {
			parsed = map[string]any{} // not JSON (a proxy's error page): the status alone decides
		}
		action, listed := answers[res.StatusCode]
		if !listed {
			action = "stop"
			if res.StatusCode >= 500 {
				action = "retry"
			}
		}
		if action != "retry" {
			return answer{res.StatusCode, action, parsed}, nil
		}
		if attempt > maxRetries {
			return answer{res.StatusCode, "stop", parsed}, nil
		}
		pause := pollInterval << attempt
		if seconds, err := strconv.Atoi(res.Header.Get("Retry-After")); err == nil {
			pause = time.Duration(seconds) * time.Second
		}
		if pause > time.Minute {
			pause = time.Minute
		}
		say(fmt.Sprintf("%d %v: retrying in %d ms", res.StatusCode, parsed["message"], pause.Milliseconds()))
		time.Sleep(pause)
	}
}

func stopFor(a answer) error {
	code, _ := a.body["errorCode"].(string)
	said := strconv.Itoa(a.status)
	if code != "" {
		said += " " + code
	}
	if o, ok := outcomeText[outcomes[code]]; ok {
		return &stop{o.text + " (" + said + ")", o.exit}
	}
	details := ""
	if list, ok := a.body["errors"].([]any); ok {
		for i, e := range list {
			entry, _ := e.(map[string]any)
			if i == 0 {
				details += ": "
			} else {
				details += "; "
			}
			details += fmt.Sprint(entry["message"])
		}
	}
	message, _ := a.body["message"].(string)
	return &stop{said + " " + message + details, exitStopped}
}

var hex64 = regexp.MustCompile("^[0-9a-fA-F]{64}$")

// jweKey is the key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8.
func jweKey(secret string) []byte {
	if hex64.MatchString(secret) {
		key, _ := hex.DecodeString(secret)
		return key
	}
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// decryptResult opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD.
func decryptResult(compact string) (string, error) {
	parts := strings.Split(compact, ".")
	if len(parts) != 5 {
		return "", &stop{"the result is not a compact JWE", exitUnverified}
	}
	b64 := base64.RawURLEncoding
	headerJSON, err := b64.DecodeString(parts[0])
	var header map[string]any
	if err != nil || json.Unmarshal(headerJSON, &header) != nil || header["alg"] != "dir" || header["enc"] != "A256GCM" || parts[1] != "" {
		return "", &stop{"unexpected JWE header " + string(headerJSON), exitUnverified}
	}
	iv, err1 := b64.DecodeString(parts[2])
	ciphertext, err2 := b64.DecodeString(parts[3])
	tag, err3 := b64.DecodeString(parts[4])
	if err1 != nil || err2 != nil || err3 != nil {
		return "", &stop{"the result is not valid Base64url", exitUnverified}
	}
	block, err := aes.NewCipher(jweKey(clientSecret))
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCMWithNonceSize(block, len(iv))
	if err != nil {
		return "", err
	}
	plaintext, err := gcm.Open(nil, iv, append(ciphertext, tag...), []byte(parts[0]))
	if err != nil {
		return "", &stop{"cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?", exitUnverified}
	}
	return string(plaintext), nil
}

var pemArmour = regexp.MustCompile(${'`'}-----[A-Z ]+-----|\s${'`'})

// checkResult verifies a signature (SHA256withRSA over the hash's bytes) against the certificate in the result.
func checkResult(result map[string]any, s step) error {
	switch s.Check {
	case "sign":
		sign, _ := result["sign"].(map[string]any)
		hashCode, _ := sign["hashCode"].(string)
		if hashCode != s.ExpectedHash {
			return &stop{"the result signs " + hashCode + ", not the hash sent", exitUnverified}
		}
		certText, _ := sign["cert"].(string)
		der, err := base64.StdEncoding.DecodeString(pemArmour.ReplaceAllString(certText, ""))
		if err != nil {
			return &stop{"the certificate is neither PEM nor Base64", exitUnverified}
		}
		certificate, err := x509.ParseCertificate(der)
		if err != nil {
			return &stop{"cannot read the certificate: " + err.Error(), exitUnverified}
		}
		key, ok := certificate.PublicKey.(*rsa.PublicKey)
		signatureText, _ := sign["signature"].(string)
		signature, err1 := base64.StdEncoding.DecodeString(signatureText)
		hashBytes, err2 := hex.DecodeString(hashCode)
		digest := sha256.Sum256(hashBytes)
		if !ok || err1 != nil || err2 != nil || rsa.VerifyPKCS1v15(key, crypto.SHA256, digest[:], signature) != nil {
			return &stop{"the signature does not verify against the certificate in the result", exitUnverified}
		}
		say("signature verified: SHA256withRSA over " + hashCode + " by " + certificate.Subject.String())
	case "pdf-sign":
		pdf, _ := result["pdfSign"].(map[string]any)
		digest, _ := pdf["docDigest"].(string)
		if digest != s.ExpectedHash {
			return &stop{"the result signs " + digest + ", not the hash sent", exitUnverified}
		}
		say("PDF signature received for " + digest + ": put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it")
	}
	return nil
}

// callbackReceiver serves the callback URL when it is http on this machine (port 0: any free port);
// otherwise the kit only polls.
type callbackReceiver struct {
	url    string
	queue  chan url.Values
	server *http.Server
}

func newCallbackReceiver(address string) (*callbackReceiver, error) {
	target, err := url.Parse(address)
	if err != nil {
		return nil, &stop{"bad FILLEASY_CALLBACK_URL: " + err.Error(), exitSetup}
	}
	r := &callbackReceiver{url: address, queue: make(chan url.Values, 16)}
	host := target.Hostname()
	if target.Scheme != "http" || (host != "127.0.0.1" && host != "localhost") {
		say("not serving " + address + " (not http on this machine): polling only")
		return r, nil
	}
	port := target.Port()
	if port == "" {
		port = "80"
	}
	listener, err := net.Listen("tcp", net.JoinHostPort(host, port))
	if err != nil {
		return nil, &stop{"cannot serve " + address + ": " + err.Error(), exitSetup}
	}
	path := target.Path
	r.server = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Path != path {
			http.NotFound(w, req)
			return
		}
		select {
		case r.queue <- req.URL.Query():
		default:
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Done: you can close this window.\n")
	})}
	go r.server.Serve(listener)
	r.url = fmt.Sprintf("http://%s:%d%s", host, listener.Addr().(*net.TCPAddr).Port, path)
	say("serving the callback on " + r.url)
	return r, nil
}

// next returns the next callback, or nil once pause has passed without one.
func (r *callbackReceiver) next(pause time.Duration) url.Values {
	select {
	case query := <-r.queue:
		return query
	case <-time.After(pause):
		return nil
	}
}

func (r *callbackReceiver) close() {
	if r.server != nil {
		r.server.Close()
	}
}

func say(line string) { fmt.Println(line) }

func env(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func envInt(name string, fallback int) int {
	n, err := strconv.Atoi(os.Getenv(name))
	if err != nil {
		return fallback
	}
	return n
}
`;
}
