/** The whole-flow kit in Python 3: the standard library, plus `cryptography` for AES-GCM and X.509. */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal, snakeCase } from '../kit-value.ts';
import { doubleQuoted, LITERAL_STYLES } from '../literal-styles.ts';
import { stepValue } from '../kit-step-value.ts';

const style = LITERAL_STYLES.python;
const table = (answers: Answer[]) => answers.map((a) => `    ${a.status}: "${a.action}",  # ${a.meaning}`).join('\n');

function steps(plan: KitPlan): string {
  return plan.steps
    .map((s) => `        ${s.tokenVariable ? `${snakeCase(s.tokenVariable)} = ` : ''}run_step(callback, ${literal(stepValue(s), style, '        ')})`)
    .join('\n');
}

export function pythonKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, {
    command: `python3 ${fileName}`,
    needs: 'Python 3.8+ and the cryptography package (pip install cryptography, or apt install python3-cryptography)',
  });
  return String.raw`#!/usr/bin/env python3
${commented(header, '#')}
import base64
import hashlib
import http.server
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BASE_URL = (os.environ.get("FILLEASY_BASE_URL") or ${doubleQuoted(d.baseUrl)}).rstrip("/")
CLIENT_ID = os.environ.get("FILLEASY_CLIENT_ID")
CLIENT_SECRET = os.environ.get("FILLEASY_CLIENT_SECRET")
CALLBACK_URL = os.environ.get("FILLEASY_CALLBACK_URL") or ${doubleQuoted(d.callbackUrl)}
POLL_INTERVAL_MS = int(os.environ.get("FILLEASY_POLL_INTERVAL_MS") or ${d.pollIntervalMs})
MAX_POLL_INTERVAL_MS = ${d.maxPollIntervalMs}
TIMEOUT_SECONDS = int(os.environ.get("FILLEASY_TIMEOUT_SECONDS") or ${d.timeoutSeconds})
MAX_RETRIES = ${d.maxRetries}
POLL_PATH = ${doubleQuoted(plan.pollPath)}

# What each status means (from the API catalogue): take the result, wait and poll again,
# retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
INITIATE_ANSWERS = {
${table(plan.initiateAnswers)}
}
POLL_ANSWERS = {
${table(plan.pollAnswers)}
}
# The official codes a transaction ends with when the user does not approve.
OUTCOMES = {
${plan.outcomes.map((o) => `    "${o.code}": "${o.kind}",`).join('\n')}
}
OUTCOME_TEXT = {
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `    "${k}": (${doubleQuoted(v.text)}, ${v.exit}),`).join('\n')}
}
EXIT_SETUP, EXIT_STOPPED, EXIT_TIMED_OUT, EXIT_UNVERIFIED = ${KIT_EXIT.setup}, ${KIT_EXIT.stopped}, ${KIT_EXIT.timedOut}, ${KIT_EXIT.unverified}


class Stop(Exception):
    def __init__(self, message, exit_code):
        super().__init__(message)
        self.exit_code = exit_code


def say(text):
    print(text, flush=True)


def main():
    if not CLIENT_ID or not CLIENT_SECRET:
        raise Stop("set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET", EXIT_SETUP)
    callback = CallbackReceiver(CALLBACK_URL)
    callback_url = callback.url
    try:
${steps(plan)}
    finally:
        callback.close()


def run_step(callback, step):
    """Starts one step, shows where the user goes, waits for the final answer, checks and prints the result."""
    say("== " + step["title"])
    started = call(step["path"], step["body"], INITIATE_ANSWERS)
    if started["action"] != "result":
        raise stop_for(started)
    body = started["body"]
    url = body.get("url")
    say("${OPEN_URL}" + url if url else "${NO_URL}")
    if body.get("hkic"):
        say("identification code (the app shows the same 4 digits): " + body["hkic"])
    plaintext = decrypt_result(wait_for_result(callback, step, body["token"]))
    check_result(json.loads(plaintext), step)
    say("${RESULT_PREFIX}" + step["id"] + ": " + plaintext)
    return body["token"]


def wait_for_result(callback, step, token):
    """Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code."""
    deadline = time.monotonic() + TIMEOUT_SECONDS
    pause = POLL_INTERVAL_MS
    code = None
    say("${WAITING} (%s), polling from every %d ms" % (step["title"], pause))
    while True:
        query = callback.next(pause)
        # A late callback of an earlier step is not this step's: its code would be the wrong one.
        if query and query.get("service") == step["id"]:
            say("callback received: service=%s, %s" % (query["service"], "errorCode=" + query["errorCode"] if query.get("errorCode") else "with a code"))
            code = query.get("code") or code
        answer = call(POLL_PATH, {"token": token, "code": code} if code else {"token": token}, POLL_ANSWERS)
        if answer["action"] == "result":
            return answer["body"]["data"]
        if answer["action"] != "wait":
            raise stop_for(answer)
        if time.monotonic() > deadline:
            raise Stop("no final answer after %d s" % TIMEOUT_SECONDS, EXIT_TIMED_OUT)
        pause = min(round(pause * 1.5), MAX_POLL_INTERVAL_MS)


def call(path, body, answers):
    """One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one)."""
    attempt = 0
    while True:
        attempt += 1
        request = urllib.request.Request(
            BASE_URL + path,
            data=json.dumps(body).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/json", "x-client-id": CLIENT_ID, "x-client-secret": CLIENT_SECRET},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as res:
                status, text, retry_after = res.status, res.read(), res.headers.get("Retry-After")
        except urllib.error.HTTPError as err:
            status, text, retry_after = err.code, err.read(), err.headers.get("Retry-After")
        except OSError as err:
            raise Stop("cannot reach %s: %s" % (BASE_URL, getattr(err, "reason", err)), EXIT_SETUP)
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None  # not JSON (a proxy's error page): the status alone decides
        parsed = parsed if isinstance(parsed, dict) else {}
        action = answers.get(status, "retry" if status >= 500 else "stop")
        if action != "retry":
            return {"status": status, "action": action, "body": parsed}
        if attempt > MAX_RETRIES:
            return {"status": status, "action": "stop", "body": parsed}
        pause = min(int(retry_after) * 1000 if retry_after and retry_after.isdigit() else POLL_INTERVAL_MS * 2**attempt, 60000)
        say("%d %s: retrying in %d ms" % (status, parsed.get("message", ""), pause))
        time.sleep(pause / 1000)


def stop_for(answer):
    body = answer["body"]
    code = body.get("errorCode")
    said = "%d %s" % (answer["status"], code) if code else str(answer["status"])
    outcome = OUTCOME_TEXT.get(OUTCOMES.get(code))
    if outcome:
        return Stop("%s (%s)" % (outcome[0], said), outcome[1])
    errors = body.get("errors")
    details = ": " + "; ".join(str(e.get("message", "")) for e in errors) if isinstance(errors, list) else ""
    return Stop("%s %s%s" % (said, body.get("message", ""), details), EXIT_STOPPED)


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def jwe_key(secret):
    """The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8."""
    if re.fullmatch(r"[0-9a-fA-F]{64}", secret):
        return bytes.fromhex(secret)
    return hashlib.sha256(secret.encode("utf-8")).digest()


def decrypt_result(compact):
    """Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD."""
    parts = str(compact).split(".")
    if len(parts) != 5:
        raise Stop("the result is not a compact JWE", EXIT_UNVERIFIED)
    protected, encrypted_key, iv, ciphertext, tag = parts
    header = json.loads(b64url(protected))
    if header.get("alg") != "dir" or header.get("enc") != "A256GCM" or encrypted_key:
        raise Stop("unexpected JWE header " + json.dumps(header), EXIT_UNVERIFIED)
    try:
        plaintext = AESGCM(jwe_key(CLIENT_SECRET)).decrypt(b64url(iv), b64url(ciphertext) + b64url(tag), protected.encode("ascii"))
    except InvalidTag:
        raise Stop("cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?", EXIT_UNVERIFIED)
    return plaintext.decode("utf-8")


def check_result(result, step):
    """Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result."""
    if step["check"] == "sign":
        sign = result.get("sign") or {}
        hash_code = sign.get("hashCode")
        if hash_code != step["expectedHash"]:
            raise Stop("the result signs %s, not the hash sent" % hash_code, EXIT_UNVERIFIED)
        certificate = x509.load_der_x509_certificate(base64.b64decode(re.sub(r"-----[A-Z ]+-----|\s", "", sign.get("cert", ""))))
        try:
            certificate.public_key().verify(base64.b64decode(sign.get("signature", "")), bytes.fromhex(hash_code), padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise Stop("the signature does not verify against the certificate in the result", EXIT_UNVERIFIED)
        say("signature verified: SHA256withRSA over %s by %s" % (hash_code, certificate.subject.rfc4514_string()))
    elif step["check"] == "pdf-sign":
        digest = (result.get("pdfSign") or {}).get("docDigest")
        if digest != step["expectedHash"]:
            raise Stop("the result signs %s, not the hash sent" % digest, EXIT_UNVERIFIED)
        say("PDF signature received for %s: put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it" % digest)


class CallbackReceiver:
    """Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls."""

    def __init__(self, address):
        target = urllib.parse.urlsplit(address)
        self.url, self.queue, self.server = address, [], None
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost"):
            say("not serving %s (not http on this machine): polling only" % address)
            return
        queue = self.queue

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                got = urllib.parse.urlsplit(self.path)
                if got.path != target.path:
                    self.send_error(404)
                    return
                queue.append(dict(urllib.parse.parse_qsl(got.query)))
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                self.wfile.write(b"Done: you can close this window.\n")

            def log_message(self, *args):
                pass  # the kit prints what matters itself

        try:
            self.server = http.server.HTTPServer((target.hostname, 80 if target.port is None else target.port), Handler)
        except OSError as err:
            raise Stop("cannot serve %s: %s" % (address, err), EXIT_SETUP)
        self.url = urllib.parse.urlunsplit(("http", "%s:%d" % (target.hostname, self.server.server_address[1]), target.path, "", ""))
        say("serving the callback on " + self.url)

    def next(self, pause_ms):
        """The next callback, or None once pause_ms have passed without one."""
        deadline = time.monotonic() + pause_ms / 1000
        if not self.server:
            time.sleep(pause_ms / 1000)
        while self.server and not self.queue and time.monotonic() < deadline:
            self.server.timeout = deadline - time.monotonic()
            self.server.handle_request()
        return self.queue.pop(0) if self.queue else None

    def close(self):
        if self.server:
            self.server.server_close()


if __name__ == "__main__":
    try:
        main()
    except Stop as stop:
        print("${STOPPED}" + str(stop), file=sys.stderr)
        sys.exit(stop.exit_code)
    except Exception as err:  # a bug or a broken environment: say so, never a bare traceback
        print("${STOPPED}unexpected error: %r" % err, file=sys.stderr)
        sys.exit(EXIT_SETUP)
`;
}
