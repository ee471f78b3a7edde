/** The whole-flow kit in Node 20+: the standard library only (fetch, node:http, node:crypto). */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal } from '../kit-value.ts';
import { doubleQuoted, LITERAL_STYLES } from '../literal-styles.ts';
import { stepValue } from '../kit-step-value.ts';

const style = LITERAL_STYLES.node;
const table = (answers: Answer[]) => answers.map((a) => `  ${a.status}: '${a.action}', // ${a.meaning}`).join('\n');

function steps(plan: KitPlan): string {
  return plan.steps
    .map((s) => `    ${s.tokenVariable ? `const ${s.tokenVariable} = ` : ''}await runStep(callback, ${literal(stepValue(s), style, '    ')});`)
    .join('\n');
}

export function nodeKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, { command: `node ${fileName}`, needs: 'Node.js 20 or later, nothing else (fetch, node:http and node:crypto)' });
  return String.raw`#!/usr/bin/env node
${commented(header, '//')}
import { createServer } from 'node:http';
import { createDecipheriv, createHash, verify, X509Certificate } from 'node:crypto';

const BASE_URL = (process.env.FILLEASY_BASE_URL || ${doubleQuoted(d.baseUrl)}).replace(/[/]+$/, '');
const CLIENT_ID = process.env.FILLEASY_CLIENT_ID;
const CLIENT_SECRET = process.env.FILLEASY_CLIENT_SECRET;
const CALLBACK_URL = process.env.FILLEASY_CALLBACK_URL || ${doubleQuoted(d.callbackUrl)};
const POLL_INTERVAL_MS = Number(process.env.FILLEASY_POLL_INTERVAL_MS || ${d.pollIntervalMs});
const MAX_POLL_INTERVAL_MS = ${d.maxPollIntervalMs};
const TIMEOUT_SECONDS = Number(process.env.FILLEASY_TIMEOUT_SECONDS || ${d.timeoutSeconds});
const MAX_RETRIES = ${d.maxRetries};
const POLL_PATH = ${doubleQuoted(plan.pollPath)};

// What each status means (from the API catalogue): take the result, wait and poll again,
// retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
const INITIATE_ANSWERS = {
${table(plan.initiateAnswers)}
};
const POLL_ANSWERS = {
${table(plan.pollAnswers)}
};
// The official codes a transaction ends with when the user does not approve.
const OUTCOMES = {
${plan.outcomes.map((o) => `  ${o.code}: '${o.kind}',`).join('\n')}
};
const OUTCOME_TEXT = {
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `  ${k}: [${doubleQuoted(v.text)}, ${v.exit}],`).join('\n')}
};
const EXIT = { setup: ${KIT_EXIT.setup}, stopped: ${KIT_EXIT.stopped}, timedOut: ${KIT_EXIT.timedOut}, unverified: ${KIT_EXIT.unverified} };

class Stop extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

async function main() {
  if (!CLIENT_ID || !CLIENT_SECRET) throw new Stop('set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET', EXIT.setup);
  const callback = await callbackReceiver(CALLBACK_URL);
  const callbackUrl = callback.url;
  try {
${steps(plan)}
  } finally {
    callback.close();
  }
}

/** Starts one step, shows where the user goes, waits for the final answer, checks and prints the result. */
async function runStep(callback, step) {
  console.log('== ' + step.title);
  const started = await call(step.path, step.body, INITIATE_ANSWERS);
  if (started.action !== 'result') throw stopFor(started);
  const { token, url, hkic } = started.body;
  console.log(url ? '${OPEN_URL}' + url : '${NO_URL}');
  if (hkic) console.log('identification code (the app shows the same 4 digits): ' + hkic);
  const plaintext = decryptResult(await waitForResult(callback, step, token));
  checkResult(JSON.parse(plaintext), step);
  console.log('${RESULT_PREFIX}' + step.id + ': ' + plaintext);
  return token;
}

/** Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code. */
async function waitForResult(callback, step, token) {
  const deadline = Date.now() + TIMEOUT_SECONDS * 1000;
  let pause = POLL_INTERVAL_MS;
  let code;
  console.log('${WAITING} (' + step.title + '), polling from every ' + pause + ' ms');
  for (;;) {
    const query = await callback.next(pause);
    // A late callback of an earlier step is not this step's: its code would be the wrong one.
    if (query && query.service === step.id) {
      console.log('callback received: service=' + query.service + ', ' + (query.errorCode ? 'errorCode=' + query.errorCode : 'with a code'));
      code = query.code || code;
    }
    const answer = await call(POLL_PATH, code ? { token, code } : { token }, POLL_ANSWERS);
    if (answer.action === 'result') return answer.body.data;
    if (answer.action !== 'wait') throw stopFor(answer);
    if (Date.now() > deadline) throw new Stop('no final answer after ' + TIMEOUT_SECONDS + ' s', EXIT.timedOut);
    pause = Math.min(Math.round(pause * 1.5), MAX_POLL_INTERVAL_MS);
  }
}

/** One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one). */
async function call(path, body, answers) {
  for (let attempt = 1; ; attempt++) {
    let res;
    try {
      res = await fetch(BASE_URL + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client-id': CLIENT_ID, 'x-client-secret': CLIENT_SECRET },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30000),
      });
    } catch (err) {
      throw new Stop('cannot reach ' + BASE_URL + ': ' + (err.cause?.message ?? err.message), EXIT.setup);
    }
    const text = await res.text();
    let json = {};
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON (a proxy's error page): the status alone decides
    }
    const action = answers[res.status] ?? (res.status >= 500 ? 'retry' : 'stop');
    if (action !== 'retry') return { status: res.status, action, body: json };
    if (attempt > MAX_RETRIES) return { status: res.status, action: 'stop', body: json };
    const pause = Math.min(Number(res.headers.get('retry-after')) * 1000 || POLL_INTERVAL_MS * 2 ** attempt, 60000);
    console.log(res.status + ' ' + (json.message ?? '') + ': retrying in ' + pause + ' ms');
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function stopFor({ status, body }) {
  const code = body.errorCode;
  const said = status + (code ? ' ' + code : '');
  const outcome = OUTCOME_TEXT[OUTCOMES[code]];
  if (outcome) return new Stop(outcome[0] + ' (' + said + ')', outcome[1]);
  const details = Array.isArray(body.errors) ? ': ' + body.errors.map((e) => e.message).join('; ') : '';
  return new Stop(said + ' ' + (body.message ?? '') + details, EXIT.stopped);
}

/** The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8. */
function jweKey(secret) {
  return /^[0-9a-fA-F]{64}$/.test(secret) ? Buffer.from(secret, 'hex') : createHash('sha256').update(secret, 'utf8').digest();
}

/** Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD. */
function decryptResult(compact) {
  const parts = String(compact).split('.');
  if (parts.length !== 5) throw new Stop('the result is not a compact JWE', EXIT.unverified);
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = parts;
  const header = JSON.parse(Buffer.from(protectedHeader, 'base64url').toString('utf8'));
  if (header.alg !== 'dir' || header.enc !== 'A256GCM' || encryptedKey !== '') {
    throw new Stop('unexpected JWE header ' + JSON.stringify(header), EXIT.unverified);
  }
  const decipher = createDecipheriv('aes-256-gcm', jweKey(CLIENT_SECRET), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(protectedHeader, 'ascii'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new Stop('cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?', EXIT.unverified);
  }
}

/** Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result. */
function checkResult(result, step) {
  if (step.check === 'sign') {
    const { hashCode, signature, cert } = result.sign ?? {};
    if (hashCode !== step.expectedHash) throw new Stop('the result signs ' + hashCode + ', not the hash sent', EXIT.unverified);
    const certificate = new X509Certificate(Buffer.from(String(cert).replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
    if (!verify('sha256', Buffer.from(hashCode, 'hex'), certificate.publicKey, Buffer.from(signature, 'base64'))) {
      throw new Stop('the signature does not verify against the certificate in the result', EXIT.unverified);
    }
    console.log('signature verified: SHA256withRSA over ' + hashCode + ' by ' + certificate.subject.replace(/\n/g, ', '));
  } else if (step.check === 'pdf-sign') {
    const digest = result.pdfSign?.docDigest;
    if (digest !== step.expectedHash) throw new Stop('the result signs ' + digest + ', not the hash sent', EXIT.unverified);
    console.log('PDF signature received for ' + digest + ": put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it");
  }
}

/** Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls. */
async function callbackReceiver(address) {
  const target = new URL(address);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (target.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(target.hostname)) {
    console.log('not serving ' + address + ' (not http on this machine): polling only');
    return { url: address, next: (ms) => sleep(ms).then(() => undefined), close() {} };
  }
  const queue = [];
  let wake;
  const server = createServer((req, res) => {
    const got = new URL(req.url, target);
    if (got.pathname !== target.pathname) return res.writeHead(404).end();
    queue.push(Object.fromEntries(got.searchParams));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Done: you can close this window.\n');
    wake?.();
  });
  try {
    await new Promise((resolve, reject) => server.once('error', reject).listen(Number(target.port || 80), target.hostname, resolve));
  } catch (err) {
    throw new Stop('cannot serve ' + address + ': ' + err.message, EXIT.setup);
  }
  target.port = String(server.address().port);
  console.log('serving the callback on ' + target.href);
  return {
    url: target.href,
    next: (ms) =>
      new Promise((resolve) => {
        if (queue.length) return resolve(queue.shift());
        const timer = setTimeout(() => resolve(undefined), ms);
        wake = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve(queue.shift());
        };
      }),
    close: () => server.close(),
  };
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('${STOPPED}' + (err instanceof Stop ? err.message : 'unexpected error: ' + (err?.stack ?? err)));
    process.exit(err instanceof Stop ? err.exitCode : EXIT.setup);
  },
);
`;
}
