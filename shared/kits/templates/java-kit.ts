/** The whole-flow kit in Java 17: the JDK only (java.net.http, com.sun.net.httpserver, javax.crypto). */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal } from '../kit-value.ts';
import { javaString, LITERAL_STYLES } from '../literal-styles.ts';

const style = LITERAL_STYLES.java;
const PAD = '            ';

function table(answers: Answer[]): string {
  return answers.map((a, i) => `        Map.entry(${a.status}, "${a.action}")${i < answers.length - 1 ? ',' : ''} // ${a.meaning}`).join('\n');
}

function steps(plan: KitPlan): string {
  return plan.steps
    .map((s) => {
      const args = [s.id, s.title, s.path, s.check.kind, 'hash' in s.check ? s.check.hash : ''].map(javaString).join(', ');
      return `${PAD}${s.tokenVariable ? `String ${s.tokenVariable} = ` : ''}runStep(callback, new Step(${args}, ${literal(s.body, style, PAD)}));`;
    })
    .join('\n');
}

export function javaKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, { command: `java ${fileName}`, needs: 'Java 17 or later (a JDK: it compiles the file when it starts), nothing else' });
  return String.raw`${commented(header, '//')}
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class ${plan.className} {
    static final String BASE_URL = env("FILLEASY_BASE_URL", ${javaString(d.baseUrl)}).replaceAll("/+$", "");
    static final String CLIENT_ID = env("FILLEASY_CLIENT_ID", "");
    static final String CLIENT_SECRET = env("FILLEASY_CLIENT_SECRET", "");
    static final String CALLBACK_URL = env("FILLEASY_CALLBACK_URL", ${javaString(d.callbackUrl)});
    static final long POLL_INTERVAL_MS = Long.parseLong(env("FILLEASY_POLL_INTERVAL_MS", "${d.pollIntervalMs}"));
    static final long MAX_POLL_INTERVAL_MS = ${d.maxPollIntervalMs};
    static final long TIMEOUT_SECONDS = Long.parseLong(env("FILLEASY_TIMEOUT_SECONDS", "${d.timeoutSeconds}"));
    static final int MAX_RETRIES = ${d.maxRetries};
    static final String POLL_PATH = ${javaString(plan.pollPath)};

    // What each status means (from the API catalogue): take the result, wait and poll again,
    // retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
    static final Map<Integer, String> INITIATE_ANSWERS = Map.ofEntries(
${table(plan.initiateAnswers)}
    );
    static final Map<Integer, String> POLL_ANSWERS = Map.ofEntries(
${table(plan.pollAnswers)}
    );
    // The official codes a transaction ends with when the user does not approve.
    static final Map<String, String> OUTCOMES = Map.ofEntries(
${plan.outcomes.map((o, i) => `        Map.entry("${o.code}", "${o.kind}")${i < plan.outcomes.length - 1 ? ',' : ''}`).join('\n')}
    );
    record Outcome(String text, int exit) {}
    static final Map<String, Outcome> OUTCOME_TEXT = Map.of(
${Object.entries(OUTCOME_TEXT).map(([k, v], i, all) => `        "${k}", new Outcome(${javaString(v.text)}, ${v.exit})${i < all.length - 1 ? ',' : ''}`).join('\n')}
    );
    static final int EXIT_SETUP = ${KIT_EXIT.setup}, EXIT_STOPPED = ${KIT_EXIT.stopped}, EXIT_TIMED_OUT = ${KIT_EXIT.timedOut}, EXIT_UNVERIFIED = ${KIT_EXIT.unverified};

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    record Step(String id, String title, String path, String check, String expectedHash, Map<String, Object> body) {}

    record Answer(int status, String action, Map<String, Object> body) {}

    static class Stop extends RuntimeException {
        final int exitCode;

        Stop(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Stop stop) {
            System.err.println("${STOPPED}" + stop.getMessage());
            System.exit(stop.exitCode);
        } catch (Exception e) {
            System.err.println("${STOPPED}unexpected error: " + e);
            System.exit(EXIT_SETUP);
        }
    }

    static void run() throws Exception {
        if (CLIENT_ID.isEmpty() || CLIENT_SECRET.isEmpty()) throw new Stop("set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET", EXIT_SETUP);
        try (CallbackReceiver callback = new CallbackReceiver(CALLBACK_URL)) {
            String callbackUrl = callback.url;
${steps(plan)}
        }
    }

    /** Starts one step, shows where the user goes, waits for the final answer, checks and prints the result. */
    static String runStep(CallbackReceiver callback, Step step) throws Exception {
        say("== " + step.title());
        Answer started = call(step.path(), step.body(), INITIATE_ANSWERS);
        if (!started.action().equals("result")) throw stopFor(started);
        String token = String.valueOf(started.body().get("token"));
        Object url = started.body().get("url");
        say(url != null ? "${OPEN_URL}" + url : "${NO_URL}");
        Object hkic = started.body().get("hkic");
        if (hkic != null) say("identification code (the app shows the same 4 digits): " + hkic);
        String plaintext = decryptResult(waitForResult(callback, step, token));
        checkResult(Json.map(Json.parse(plaintext)), step);
        say("${RESULT_PREFIX}" + step.id() + ": " + plaintext);
        return token;
    }

    /** Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code. */
    static String waitForResult(CallbackReceiver callback, Step step, String token) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long pause = POLL_INTERVAL_MS;
        String code = null;
        say("${WAITING} (" + step.title() + "), polling from every " + pause + " ms");
        while (true) {
            Map<String, String> query = callback.next(pause);
            // A late callback of an earlier step is not this step's: its code would be the wrong one.
            if (query != null && step.id().equals(query.get("service"))) {
                say("callback received: service=" + query.get("service") + ", " + (query.containsKey("errorCode") ? "errorCode=" + query.get("errorCode") : "with a code"));
                if (query.get("code") != null) code = query.get("code");
            }
            Answer answer = call(POLL_PATH, code != null ? Json.obj("token", token, "code", code) : Json.obj("token", token), POLL_ANSWERS);
            if (answer.action().equals("result")) return String.valueOf(answer.body().get("data"));
            if (!answer.action().equals("wait")) throw stopFor(answer);
            if (System.nanoTime() > deadline) throw new Stop("no final answer after " + TIMEOUT_SECONDS + " s", EXIT_TIMED_OUT);
            pause = Math.min(Math.round(pause * 1.5), MAX_POLL_INTERVAL_MS);
        }
    }

    /** One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one). */
    static Answer call(String path, Map<String, Object> body, Map<Integer, String> answers) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("x-client-id", CLIENT_ID)
                .header("x-client-secret", CLIENT_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
            HttpResponse<String> res;
            try {
                res = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new Stop("cannot reach " + BASE_URL + ": " + e, EXIT_SETUP);
            }
            Map<String, Object> parsed;
            try {
                parsed = Json.map(Json.parse(res.body()));
            } catch (RuntimeException notJson) {
                parsed = new LinkedHashMap<>(); // a proxy's error page: the status alone decides
            }
            int status = res.statusCode();
            String action = answers.getOrDefault(status, status >= 500 ? "retry" : "stop");
            if (!action.equals("retry")) return new Answer(status, action, parsed);
            if (attempt > MAX_RETRIES) return new Answer(status, "stop", parsed);
            long retryAfter = res.headers().firstValue("retry-after").filter(v -> v.matches("\\d+")).map(v -> Long.parseLong(v) * 1000).orElse(POLL_INTERVAL_MS << attempt);
            long pause = Math.min(retryAfter, 60000);
            say(status + " " + parsed.getOrDefault("message", "") + ": retrying in " + pause + " ms");
            Thread.sleep(pause);
        }
    }

    static Stop stopFor(Answer answer) {
        Object code = answer.body().get("errorCode");
        String said = answer.status() + (code != null ? " " + code : "");
        String kind = OUTCOMES.get(String.valueOf(code));
        if (kind != null) return new Stop(OUTCOME_TEXT.get(kind).text() + " (" + said + ")", OUTCOME_TEXT.get(kind).exit());
        StringBuilder details = new StringBuilder();
        if (answer.body().get("errors") instanceof List<?> errors) {
            for (Object e : errors) details.append(details.length() == 0 ? ": " : "; ").append(Json.map(e).get("message"));
        }
        return new Stop(said + " " + answer.body().getOrDefault("message", "") + details, EXIT_STOPPED);
    }

    static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        return out;
    }

    /** The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8. */
    static byte[] jweKey(String secret) throws Exception {
        if (secret.matches("[0-9a-fA-F]{64}")) return hex(secret);
        return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD. */
    static String decryptResult(String compact) throws Exception {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 5) throw new Stop("the result is not a compact JWE", EXIT_UNVERIFIED);
        Base64.Decoder b64url = Base64.getUrlDecoder();
        Map<String, Object> header = Json.map(Json.parse(new String(b64url.decode(parts[0]), StandardCharsets.UTF_8)));
        if (!"dir".equals(header.get("alg")) || !"A256GCM".equals(header.get("enc")) || !parts[1].isEmpty()) {
            throw new Stop("unexpected JWE header " + Json.write(header), EXIT_UNVERIFIED);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(jweKey(CLIENT_SECRET), "AES"), new GCMParameterSpec(128, b64url.decode(parts[2])));
        cipher.updateAAD(parts[0].getBytes(StandardCharsets.US_ASCII));
        byte[] ciphertext = b64url.decode(parts[3]);
        byte[] tag = b64url.decode(parts[4]);
        byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
        System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
        try {
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new Stop("cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?", EXIT_UNVERIFIED);
        }
    }

    /** Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result. */
    static void checkResult(Map<String, Object> result, Step step) throws Exception {
        if (step.check().equals("sign")) {
            Map<String, Object> sign = Json.map(result.getOrDefault("sign", Map.of()));
            String hashCode = String.valueOf(sign.get("hashCode"));
            if (!hashCode.equals(step.expectedHash())) throw new Stop("the result signs " + hashCode + ", not the hash sent", EXIT_UNVERIFIED);
            byte[] der = Base64.getDecoder().decode(String.valueOf(sign.get("cert")).replaceAll("-----[A-Z ]+-----|\\s", ""));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(hex(hashCode));
            if (!verifier.verify(Base64.getDecoder().decode(String.valueOf(sign.get("signature"))))) {
                throw new Stop("the signature does not verify against the certificate in the result", EXIT_UNVERIFIED);
            }
            say("signature verified: SHA256withRSA over " + hashCode + " by " + certificate.getSubjectX500Principal().getName());
        } else if (step.check().equals("pdf-sign")) {
            Object digest = Json.map(result.getOrDefault("pdfSign", Map.of())).get("docDigest");
            if (!step.expectedHash().equals(digest)) throw new Stop("the result signs " + digest + ", not the hash sent", EXIT_UNVERIFIED);
            say("PDF signature received for " + digest + ": put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it");
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls. */
    static class CallbackReceiver implements AutoCloseable {
        final String url;
        final HttpServer server;
        final LinkedBlockingQueue<Map<String, String>> queue = new LinkedBlockingQueue<>();

        CallbackReceiver(String address) {
            URI target = URI.create(address);
            if (!"http".equals(target.getScheme()) || !List.of("127.0.0.1", "localhost").contains(target.getHost())) {
                say("not serving " + address + " (not http on this machine): polling only");
                url = address;
                server = null;
                return;
            }
            String path = target.getPath();
            try {
                server = HttpServer.create(new InetSocketAddress(target.getHost(), target.getPort() < 0 ? 80 : target.getPort()), 0);
            } catch (IOException e) {
                throw new Stop("cannot serve " + address + ": " + e.getMessage(), EXIT_SETUP);
            }
            server.createContext("/", exchange -> {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                queue.add(query(exchange.getRequestURI().getRawQuery()));
                byte[] reply = "Done: you can close this window.\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
            server.start();
            url = "http://" + target.getHost() + ":" + server.getAddress().getPort() + path;
            say("serving the callback on " + url);
        }

        /** The next callback, or null once pauseMs have passed without one. */
        Map<String, String> next(long pauseMs) throws InterruptedException {
            if (server == null) {
                Thread.sleep(pauseMs);
                return null;
            }
            return queue.poll(pauseMs, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            if (server != null) server.stop(0);
        }

        static Map<String, String> query(String raw) {
            Map<String, String> out = new LinkedHashMap<>();
            if (raw == null) return out;
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    /** Just enough JSON for this kit: objects (in order), arrays, strings, numbers, booleans and null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Map<String, Object> obj(Object... pairs) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) out.put((String) pairs[i], pairs[i + 1]);
            return out;
        }

        static List<Object> list(Object... items) {
            return new ArrayList<>(Arrays.asList(items));
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            if (value instanceof Map) return (Map<String, Object>) value;
            throw new IllegalArgumentException("not a JSON object");
        }

        static String write(Object value) {
            if (value == null) return "null";
            if (value instanceof String s) return quote(s);
            if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
            StringBuilder out = new StringBuilder();
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) out.append(out.length() == 0 ? "{" : ",").append(quote(String.valueOf(e.getKey()))).append(':').append(write(e.getValue()));
                return out.length() == 0 ? "{}" : out.append('}').toString();
            }
            for (Object item : (List<?>) value) out.append(out.length() == 0 ? "[" : ",").append(write(item));
            return out.length() == 0 ? "[]" : out.append(']').toString();
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') out.append('\\').append(c);
                else if (c == '\n') out.append("\\n");
                else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                else out.append(c);
            }
            return out.append('"').toString();
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object value = p.value();
            p.space();
            if (p.at != text.length()) throw new IllegalArgumentException("not JSON");
            return value;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }

        private boolean take(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) throw new IllegalArgumentException("not JSON: expected " + c + " at " + at);
        }

        private Object value() {
            space();
            if (take('{')) {
                Map<String, Object> out = new LinkedHashMap<>();
                if (take('}')) return out;
                do {
                    space();
                    String key = string();
                    expect(':');
                    out.put(key, value());
                } while (take(','));
                expect('}');
                return out;
            }
            if (take('[')) {
                List<Object> out = new ArrayList<>();
                if (take(']')) return out;
                do out.add(value()); while (take(','));
                expect(']');
                return out;
            }
            if (at < text.length() && text.charAt(at) == '"') return string();
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
            if (start == at) throw new IllegalArgumentException("not JSON at " + at);
            return Double.parseDouble(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') return out.toString();
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                if (e == 'u') {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                } else {
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e;
                    });
                }
            }
            throw new IllegalArgumentException("not JSON: unterminated string");
        }
    }
}
`;
}
