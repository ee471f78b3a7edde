/** The whole-flow kit in PHP 8: the curl, openssl and json extensions (all standard in PHP builds). */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal } from '../kit-value.ts';
import { LITERAL_STYLES, singleQuoted } from '../literal-styles.ts';
import { stepValue } from '../kit-step-value.ts';

const style = LITERAL_STYLES.php;
const table = (answers: Answer[]) => answers.map((a) => `    ${a.status} => '${a.action}', // ${a.meaning}`).join('\n');

function steps(plan: KitPlan): string {
  return plan.steps.map((s) => `        ${s.tokenVariable ? `$${s.tokenVariable} = ` : ''}runStep($callback, ${literal(stepValue(s), style, '        ')});`).join('\n');
}

export function phpKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, { command: `php ${fileName}`, needs: 'PHP 8.0 or later with the curl and openssl extensions (apt install php-cli php-curl)' });
  return String.raw`#!/usr/bin/env php
<?php
${commented(header, '//')}

declare(strict_types=1);

function env(string $name, string $fallback): string
{
    $value = getenv($name);
    return $value === false || $value === '' ? $fallback : $value;
}

define('BASE_URL', rtrim(env('FILLEASY_BASE_URL', ${singleQuoted(d.baseUrl)}), '/'));
define('CLIENT_ID', env('FILLEASY_CLIENT_ID', ''));
define('CLIENT_SECRET', env('FILLEASY_CLIENT_SECRET', ''));
define('CALLBACK_URL', env('FILLEASY_CALLBACK_URL', ${singleQuoted(d.callbackUrl)}));
define('POLL_INTERVAL_MS', (int) env('FILLEASY_POLL_INTERVAL_MS', '${d.pollIntervalMs}'));
define('TIMEOUT_SECONDS', (int) env('FILLEASY_TIMEOUT_SECONDS', '${d.timeoutSeconds}'));
const MAX_POLL_INTERVAL_MS = ${d.maxPollIntervalMs};
const MAX_RETRIES = ${d.maxRetries};
const POLL_PATH = ${singleQuoted(plan.pollPath)};

// What each status means (from the API catalogue): take the result, wait and poll again,
// retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
const INITIATE_ANSWERS = [
${table(plan.initiateAnswers)}
];
const POLL_ANSWERS = [
${table(plan.pollAnswers)}
];
// The official codes a transaction ends with when the user does not approve.
const OUTCOMES = [
${plan.outcomes.map((o) => `    '${o.code}' => '${o.kind}',`).join('\n')}
];
const OUTCOME_TEXT = [
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `    '${k}' => [${singleQuoted(v.text)}, ${v.exit}],`).join('\n')}
];
const EXIT_SETUP = ${KIT_EXIT.setup};
const EXIT_STOPPED = ${KIT_EXIT.stopped};
const EXIT_TIMED_OUT = ${KIT_EXIT.timedOut};
const EXIT_UNVERIFIED = ${KIT_EXIT.unverified};

/** Ends the kit with a message; its code is the exit code. */
final class Stop extends RuntimeException
{
}

function say(string $line): void
{
    echo $line, "\n";
}

function main(): void
{
    if (CLIENT_ID === '' || CLIENT_SECRET === '') {
        throw new Stop('set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET', EXIT_SETUP);
    }
    $callback = new CallbackReceiver(CALLBACK_URL);
    $callbackUrl = $callback->url;
    try {
${steps(plan)}
    } finally {
        $callback->close();
    }
}

/** Starts one step, shows where the user goes, waits for the final answer, checks and prints the result. */
function runStep(CallbackReceiver $callback, array $step): string
{
    say('== ' . $step['title']);
    $started = call($step['path'], $step['body'], INITIATE_ANSWERS);
    if ($started['action'] !== 'result') {
        throw stopFor($started);
    }
    $body = $started['body'];
    $token = (string) ($body['token'] ?? '');
    say(empty($body['url']) ? '${NO_URL}' : '${OPEN_URL}' . $body['url']);
    if (isset($body['hkic'])) {
        say('identification code (the app shows the same 4 digits): ' . $body['hkic']);
    }
    $plaintext = decryptResult(waitForResult($callback, $step, $token));
    $result = json_decode($plaintext, true);
    if (!is_array($result)) {
        throw new Stop('the result is not a JSON object', EXIT_UNVERIFIED);
    }
    checkResult($result, $step);
    say('${RESULT_PREFIX}' . $step['id'] . ': ' . $plaintext);
    return $token;
}

/** Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code. */
function waitForResult(CallbackReceiver $callback, array $step, string $token): string
{
    $deadline = microtime(true) + TIMEOUT_SECONDS;
    $pause = POLL_INTERVAL_MS;
    $code = null;
    say("${WAITING} ({$step['title']}), polling from every $pause ms");
    while (true) {
        $query = $callback->next($pause);
        // A late callback of an earlier step is not this step's: its code would be the wrong one.
        if ($query !== null && ($query['service'] ?? '') === $step['id']) {
            say('callback received: service=' . $query['service'] . ', ' . (isset($query['errorCode']) ? 'errorCode=' . $query['errorCode'] : 'with a code'));
            $code = $query['code'] ?? $code;
        }
        $answer = call(POLL_PATH, $code !== null ? ['token' => $token, 'code' => $code] : ['token' => $token], POLL_ANSWERS);
        if ($answer['action'] === 'result') {
            return (string) ($answer['body']['data'] ?? '');
        }
        if ($answer['action'] !== 'wait') {
            throw stopFor($answer);
        }
        if (microtime(true) > $deadline) {
            throw new Stop('no final answer after ' . TIMEOUT_SECONDS . ' s', EXIT_TIMED_OUT);
        }
        $pause = min((int) round($pause * 1.5), MAX_POLL_INTERVAL_MS);
    }
}

/** One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one). */
function call(string $path, array $body, array $answers): array
{
    for ($attempt = 1; ; $attempt++) {
        $retryAfter = null;
        $ch = curl_init(BASE_URL . $path);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'x-client-id: ' . CLIENT_ID, 'x-client-secret: ' . CLIENT_SECRET],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 30,
            CURLOPT_HEADERFUNCTION => function ($ch, string $line) use (&$retryAfter): int {
                if (preg_match('/^retry-after:\s*(\d+)/i', $line, $m)) {
                    $retryAfter = (int) $m[1];
                }
                return strlen($line);
            },
        ]);
        $text = curl_exec($ch);
        if ($text === false) {
            throw new Stop('cannot reach ' . BASE_URL . ': ' . curl_error($ch), EXIT_SETUP);
        }
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        $parsed = json_decode((string) $text, true);
        $parsed = is_array($parsed) ? $parsed : []; // not JSON (a proxy's error page): the status alone decides
        $action = $answers[$status] ?? ($status >= 500 ? 'retry' : 'stop');
        if ($action !== 'retry') {
            return ['status' => $status, 'action' => $action, 'body' => $parsed];
        }
        if ($attempt > MAX_RETRIES) {
            return ['status' => $status, 'action' => 'stop', 'body' => $parsed];
        }
        $pause = min($retryAfter !== null ? $retryAfter * 1000 : POLL_INTERVAL_MS * 2 ** $attempt, 60000);
        say("$status " . ($parsed['message'] ?? '') . ": retrying in $pause ms");
        usleep($pause * 1000);
    }
}

function stopFor(array $answer): Stop
{
    $body = $answer['body'];
    $code = isset($body['errorCode']) ? (string) $body['errorCode'] : null;
    $said = $answer['status'] . ($code !== null ? " $code" : '');
    $kind = $code !== null ? (OUTCOMES[$code] ?? null) : null;
    if ($kind !== null) {
        return new Stop(OUTCOME_TEXT[$kind][0] . " ($said)", OUTCOME_TEXT[$kind][1]);
    }
    $errors = $body['errors'] ?? null;
    $details = is_array($errors) ? ': ' . implode('; ', array_map(fn ($e) => (string) ($e['message'] ?? ''), $errors)) : '';
    return new Stop("$said " . ($body['message'] ?? '') . $details, EXIT_STOPPED);
}

function b64url(string $text): string
{
    $standard = strtr($text, '-_', '+/');
    return (string) base64_decode(str_pad($standard, (int) ceil(strlen($standard) / 4) * 4, '='));
}

/** The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8. */
function jweKey(string $secret): string
{
    return preg_match('/^[0-9a-fA-F]{64}$/', $secret) ? (string) hex2bin($secret) : hash('sha256', $secret, true);
}

/** Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD. */
function decryptResult(string $compact): string
{
    $parts = explode('.', $compact);
    if (count($parts) !== 5) {
        throw new Stop('the result is not a compact JWE', EXIT_UNVERIFIED);
    }
    [$protected, $encryptedKey, $iv, $ciphertext, $tag] = $parts;
    $header = json_decode(b64url($protected), true);
    if (($header['alg'] ?? null) !== 'dir' || ($header['enc'] ?? null) !== 'A256GCM' || $encryptedKey !== '') {
        throw new Stop('unexpected JWE header ' . b64url($protected), EXIT_UNVERIFIED);
    }
    $plaintext = openssl_decrypt(b64url($ciphertext), 'aes-256-gcm', jweKey(CLIENT_SECRET), OPENSSL_RAW_DATA, b64url($iv), b64url($tag), $protected);
    if ($plaintext === false) {
        throw new Stop('cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?', EXIT_UNVERIFIED);
    }
    return $plaintext;
}

/** Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result. */
function checkResult(array $result, array $step): void
{
    if ($step['check'] === 'sign') {
        $sign = $result['sign'] ?? [];
        $hashCode = (string) ($sign['hashCode'] ?? '');
        if ($hashCode !== $step['expectedHash']) {
            throw new Stop("the result signs $hashCode, not the hash sent", EXIT_UNVERIFIED);
        }
        $der = (string) base64_decode((string) preg_replace('/-----[A-Z ]+-----|\s/', '', (string) ($sign['cert'] ?? '')));
        $certificate = openssl_x509_read("-----BEGIN CERTIFICATE-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END CERTIFICATE-----\n");
        if ($certificate === false) {
            throw new Stop('cannot read the certificate in the result', EXIT_UNVERIFIED);
        }
        $signature = (string) base64_decode((string) ($sign['signature'] ?? ''));
        if (openssl_verify((string) hex2bin($hashCode), $signature, $certificate, OPENSSL_ALGO_SHA256) !== 1) {
            throw new Stop('the signature does not verify against the certificate in the result', EXIT_UNVERIFIED);
        }
        $subject = openssl_x509_parse($certificate)['name'] ?? '';
        say("signature verified: SHA256withRSA over $hashCode by $subject");
    } elseif ($step['check'] === 'pdf-sign') {
        $digest = (string) ($result['pdfSign']['docDigest'] ?? '');
        if ($digest !== $step['expectedHash']) {
            throw new Stop("the result signs $digest, not the hash sent", EXIT_UNVERIFIED);
        }
        say("PDF signature received for $digest: put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it");
    }
}

/** Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls. */
final class CallbackReceiver
{
    public string $url;
    /** @var resource|null */
    private $server = null;
    private string $path = '/';
    private array $queue = [];

    public function __construct(string $address)
    {
        $this->url = $address;
        $target = parse_url($address);
        $host = $target['host'] ?? '';
        if (($target['scheme'] ?? '') !== 'http' || !in_array($host, ['127.0.0.1', 'localhost'], true)) {
            say("not serving $address (not http on this machine): polling only");
            return;
        }
        $this->path = $target['path'] ?? '/';
        $bind = $host === 'localhost' ? '127.0.0.1' : $host;
        $server = @stream_socket_server("tcp://$bind:" . ($target['port'] ?? 80), $errno, $error);
        if ($server === false) {
            throw new Stop("cannot serve $address: $error", EXIT_SETUP);
        }
        $this->server = $server;
        $name = (string) stream_socket_get_name($server, false);
        $port = (int) substr($name, (int) strrpos($name, ':') + 1);
        $this->url = "http://$host:$port{$this->path}";
        say('serving the callback on ' . $this->url);
    }

    /** The next callback, or null once $pauseMs have passed without one. */
    public function next(int $pauseMs): ?array
    {
        if ($this->server === null) {
            usleep($pauseMs * 1000);
            return null;
        }
        $deadline = microtime(true) + $pauseMs / 1000;
        while (!$this->queue && ($left = $deadline - microtime(true)) > 0) {
            $connection = @stream_socket_accept($this->server, $left);
            if ($connection !== false) {
                $this->serve($connection);
            }
        }
        return array_shift($this->queue);
    }

    /** @param resource $connection */
    private function serve($connection): void
    {
        stream_set_timeout($connection, 5);
        $requestLine = (string) fgets($connection);
        do {
            $line = fgets($connection); // the headers: the query string is all the kit needs
        } while ($line !== false && trim($line) !== '');
        $target = explode(' ', $requestLine)[1] ?? '';
        if (parse_url($target, PHP_URL_PATH) === $this->path) {
            parse_str((string) parse_url($target, PHP_URL_QUERY), $query);
            $this->queue[] = $query;
            $reply = "Done: you can close this window.\n";
            fwrite($connection, "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " . strlen($reply) . "\r\nConnection: close\r\n\r\n" . $reply);
        } else {
            fwrite($connection, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        fclose($connection);
    }

    public function close(): void
    {
        if ($this->server !== null) {
            fclose($this->server);
        }
    }
}

try {
    main();
    exit(0);
} catch (Stop $stop) {
    fwrite(STDERR, '${STOPPED}' . $stop->getMessage() . "\n");
    exit($stop->getCode());
} catch (Throwable $error) {
    fwrite(STDERR, '${STOPPED}unexpected error: ' . $error->getMessage() . "\n");
    exit(EXIT_SETUP);
}
`;
}
