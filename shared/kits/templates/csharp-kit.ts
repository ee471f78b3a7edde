/**
 * The whole-flow kit in C# (.NET 8+): the base class library only (HttpClient, HttpListener, AesGcm).
 * Written from the same plan as the kits that run; it is not run here (no .NET SDK in Debian), so its
 * header says so and the kit test checks its text.
 */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal } from '../kit-value.ts';
import { doubleQuoted, LITERAL_STYLES } from '../literal-styles.ts';

const style = LITERAL_STYLES.csharp;
const PAD = '        ';
export const CSHARP_NOT_RUN = 'C#: not run by this project\'s CI (Debian ships no .NET SDK); it is generated from the same plan as the kits that are run there, and only its text is checked.';

const table = (answers: Answer[]) => answers.map((a) => `        [${a.status}] = "${a.action}", // ${a.meaning}`).join('\n');

function steps(plan: KitPlan): string {
  return plan.steps
    .map((s) => {
      const args = [s.id, s.title, s.path, s.check.kind, 'hash' in s.check ? s.check.hash : ''].map(doubleQuoted).join(', ');
      return `${PAD}${s.tokenVariable ? `var ${s.tokenVariable} = ` : ''}await RunStep(callback, new Step(${args}, ${literal(s.body, style, PAD)}));`;
    })
    .join('\n');
}

export function csharpKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, {
    command: `dotnet run ${fileName} (.NET 10), or as Program.cs of a console app (.NET 8+)`,
    needs: '.NET 8 or later, nothing else (the base class library)',
    notRunHere: CSHARP_NOT_RUN,
  });
  return String.raw`${commented(header, '//')}
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

public static class ${plan.className}
{
    static readonly string BaseUrl = Env("FILLEASY_BASE_URL", ${doubleQuoted(d.baseUrl)}).TrimEnd('/');
    static readonly string ClientId = Env("FILLEASY_CLIENT_ID", "");
    static readonly string ClientSecret = Env("FILLEASY_CLIENT_SECRET", "");
    static readonly string CallbackAddress = Env("FILLEASY_CALLBACK_URL", ${doubleQuoted(d.callbackUrl)});
    static readonly int PollIntervalMs = int.Parse(Env("FILLEASY_POLL_INTERVAL_MS", "${d.pollIntervalMs}"));
    static readonly int TimeoutSeconds = int.Parse(Env("FILLEASY_TIMEOUT_SECONDS", "${d.timeoutSeconds}"));
    const int MaxPollIntervalMs = ${d.maxPollIntervalMs};
    const int MaxRetries = ${d.maxRetries};
    const string PollPath = ${doubleQuoted(plan.pollPath)};

    // What each status means (from the API catalogue): take the result, wait and poll again,
    // retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
    static readonly Dictionary<int, string> InitiateAnswers = new()
    {
${table(plan.initiateAnswers)}
    };
    static readonly Dictionary<int, string> PollAnswers = new()
    {
${table(plan.pollAnswers)}
    };
    // The official codes a transaction ends with when the user does not approve.
    static readonly Dictionary<string, string> Outcomes = new()
    {
${plan.outcomes.map((o) => `        ["${o.code}"] = "${o.kind}",`).join('\n')}
    };
    static readonly Dictionary<string, (string Text, int Exit)> OutcomeText = new()
    {
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `        ["${k}"] = (${doubleQuoted(v.text)}, ${v.exit}),`).join('\n')}
    };
    const int ExitSetup = ${KIT_EXIT.setup}, ExitStopped = ${KIT_EXIT.stopped}, ExitTimedOut = ${KIT_EXIT.timedOut}, ExitUnverified = ${KIT_EXIT.unverified};

    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    sealed class Stop : Exception
    {
        public int ExitCode { get; }

        public Stop(string message, int exitCode) : base(message) => ExitCode = exitCode;
    }

    sealed record Step(string Id, string Title, string Path, string Check, string ExpectedHash, JsonObject Body);

    sealed record Answer(int Status, string Action, JsonObject Body);

    public static async Task<int> Main()
    {
        try
        {
            await Run();
            return 0;
        }
        catch (Stop stop)
        {
            Console.Error.WriteLine("${STOPPED}" + stop.Message);
            return stop.ExitCode;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("${STOPPED}unexpected error: " + e.Message);
            return ExitSetup;
        }
    }

    static async Task Run()
    {
        if (ClientId == "" || ClientSecret == "") throw new Stop("set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET", ExitSetup);
        using var callback = new CallbackReceiver(CallbackAddress);
        var callbackUrl = callback.Url;
${steps(plan)}
    }

    /// <summary>Starts one step, shows where the user goes, waits for the final answer, checks and prints the result.</summary>
    static async Task<string> RunStep(CallbackReceiver callback, Step step)
    {
        Say("== " + step.Title);
        var started = await Call(step.Path, step.Body, InitiateAnswers);
        if (started.Action != "result") throw StopFor(started);
        var token = (string?)started.Body["token"] ?? "";
        var url = (string?)started.Body["url"];
        Say(url is not null ? "${OPEN_URL}" + url : "${NO_URL}");
        if ((string?)started.Body["hkic"] is string hkic) Say("identification code (the app shows the same 4 digits): " + hkic);
        var plaintext = DecryptResult(await WaitForResult(callback, step, token));
        var result = JsonNode.Parse(plaintext) as JsonObject ?? throw new Stop("the result is not a JSON object", ExitUnverified);
        CheckResult(result, step);
        Say("${RESULT_PREFIX}" + step.Id + ": " + plaintext);
        return token;
    }

    /// <summary>Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code.</summary>
    static async Task<string> WaitForResult(CallbackReceiver callback, Step step, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(TimeoutSeconds);
        var pause = PollIntervalMs;
        string? code = null;
        Say($"${WAITING} ({step.Title}), polling from every {pause} ms");
        while (true)
        {
            var query = await callback.Next(pause);
            // A late callback of an earlier step is not this step's: its code would be the wrong one.
            if (query is not null && query.TryGetValue("service", out var service) && service == step.Id)
            {
                Say("callback received: service=" + service + ", " + (query.TryGetValue("errorCode", out var failed) ? "errorCode=" + failed : "with a code"));
                if (query.TryGetValue("code", out var received)) code = received;
            }
            var body = new JsonObject { ["token"] = token };
            if (code is not null) body["code"] = code;
            var answer = await Call(PollPath, body, PollAnswers);
            if (answer.Action == "result") return (string?)answer.Body["data"] ?? "";
            if (answer.Action != "wait") throw StopFor(answer);
            if (DateTime.UtcNow > deadline) throw new Stop($"no final answer after {TimeoutSeconds} s", ExitTimedOut);
            pause = Math.Min((int)Math.Round(pause * 1.5), MaxPollIntervalMs);
        }
    }

    /// <summary>One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one).</summary>
    static async Task<Answer> Call(string path, JsonObject body, Dictionary<int, string> answers)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + path)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("x-client-id", ClientId);
            request.Headers.Add("x-client-secret", ClientSecret);
            HttpResponseMessage response;
            try
            {
                response = await Http.SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                throw new Stop($"cannot reach {BaseUrl}: {e.Message}", ExitSetup);
            }
            using (response)
            {
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                JsonObject parsed;
                try
                {
                    parsed = JsonNode.Parse(text) as JsonObject ?? new JsonObject();
                }
                catch (JsonException)
                {
                    parsed = new JsonObject(); // not JSON (a proxy's error page): the status alone decides
                }
                var action = answers.TryGetValue(status, out var listed) ? listed : status >= 500 ? "retry" : "stop";
                if (action != "retry") return new Answer(status, action, parsed);
                if (attempt > MaxRetries) return new Answer(status, "stop", parsed);
                var retryAfter = response.Headers.RetryAfter?.Delta;
                var pause = Math.Min(retryAfter is TimeSpan after ? (int)after.TotalMilliseconds : PollIntervalMs << attempt, 60000);
                Say($"{status} {(string?)parsed["message"]}: retrying in {pause} ms");
                await Task.Delay(pause);
            }
        }
    }

    static Stop StopFor(Answer answer)
    {
        var code = (string?)answer.Body["errorCode"];
        var said = answer.Status + (code is null ? "" : " " + code);
        if (code is not null && Outcomes.TryGetValue(code, out var kind)) return new Stop($"{OutcomeText[kind].Text} ({said})", OutcomeText[kind].Exit);
        var details = answer.Body["errors"] is JsonArray errors ? ": " + string.Join("; ", errors.Select(e => (string?)e?["message"])) : "";
        return new Stop($"{said} {(string?)answer.Body["message"]}{details}", ExitStopped);
    }

    static byte[] B64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(standard + new string('=', (4 - standard.Length % 4) % 4));
    }

    /// <summary>The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8.</summary>
    static byte[] JweKey(string secret) =>
        Regex.IsMatch(secret, "^[0-9a-fA-F]{64}$") ? Convert.FromHexString(secret) : SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD.</summary>
    static string DecryptResult(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 5) throw new Stop("the result is not a compact JWE", ExitUnverified);
        var header = JsonNode.Parse(B64Url(parts[0])) as JsonObject;
        if ((string?)header?["alg"] != "dir" || (string?)header?["enc"] != "A256GCM" || parts[1] != "")
        {
            throw new Stop("unexpected JWE header " + header?.ToJsonString(), ExitUnverified);
        }
        var tag = B64Url(parts[4]);
        var ciphertext = B64Url(parts[3]);
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(JweKey(ClientSecret), tag.Length);
            aes.Decrypt(B64Url(parts[2]), ciphertext, tag, plaintext, Encoding.ASCII.GetBytes(parts[0]));
        }
        catch (CryptographicException)
        {
            throw new Stop("cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?", ExitUnverified);
        }
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result.</summary>
    static void CheckResult(JsonObject result, Step step)
    {
        if (step.Check == "sign")
        {
            var sign = result["sign"] as JsonObject ?? new JsonObject();
            var hashCode = (string?)sign["hashCode"] ?? "";
            if (hashCode != step.ExpectedHash) throw new Stop($"the result signs {hashCode}, not the hash sent", ExitUnverified);
            var der = Convert.FromBase64String(Regex.Replace((string?)sign["cert"] ?? "", @"-----[A-Z ]+-----|\s", ""));
            using var certificate = new X509Certificate2(der);
            using var key = certificate.GetRSAPublicKey() ?? throw new Stop("the certificate's key is not RSA", ExitUnverified);
            var signature = Convert.FromBase64String((string?)sign["signature"] ?? "");
            if (!key.VerifyData(Convert.FromHexString(hashCode), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                throw new Stop("the signature does not verify against the certificate in the result", ExitUnverified);
            }
            Say($"signature verified: SHA256withRSA over {hashCode} by {certificate.Subject}");
        }
        else if (step.Check == "pdf-sign")
        {
            var digest = (string?)(result["pdfSign"] as JsonObject)?["docDigest"] ?? "";
            if (digest != step.ExpectedHash) throw new Stop($"the result signs {digest}, not the hash sent", ExitUnverified);
            Say($"PDF signature received for {digest}: put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it");
        }
    }

    static void Say(string line) => Console.WriteLine(line);

    static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    /// <summary>Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls.</summary>
    sealed class CallbackReceiver : IDisposable
    {
        public string Url { get; }
        readonly HttpListener? listener;
        readonly string path = "/";
        Task<HttpListenerContext>? pending;

        public CallbackReceiver(string address)
        {
            Url = address;
            var target = new Uri(address);
            if (target.Scheme != "http" || (target.Host != "127.0.0.1" && target.Host != "localhost"))
            {
                Say($"not serving {address} (not http on this machine): polling only");
                return;
            }
            path = target.AbsolutePath;
            var port = target.Port == 0 ? FreePort() : target.Port;
            listener = new HttpListener();
            listener.Prefixes.Add($"http://{target.Host}:{port}/");
            try
            {
                listener.Start();
            }
            catch (HttpListenerException e)
            {
                throw new Stop($"cannot serve {address}: {e.Message}", ExitSetup);
            }
            Url = $"http://{target.Host}:{port}{path}";
            Say("serving the callback on " + Url);
        }

        static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        /// <summary>The next callback, or null once pauseMs have passed without one.</summary>
        public async Task<Dictionary<string, string>?> Next(int pauseMs)
        {
            if (listener is null)
            {
                await Task.Delay(pauseMs);
                return null;
            }
            var deadline = DateTime.UtcNow.AddMilliseconds(pauseMs);
            while (true)
            {
                pending ??= listener.GetContextAsync();
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || await Task.WhenAny(pending, Task.Delay(left)) != pending) return null;
                var context = await pending;
                pending = null;
                var found = context.Request.Url?.AbsolutePath == path;
                context.Response.StatusCode = found ? 200 : 404;
                if (found)
                {
                    var reply = Encoding.UTF8.GetBytes("Done: you can close this window.\n");
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(reply);
                }
                var query = context.Request.QueryString;
                context.Response.Close();
                if (found) return query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k] ?? "");
            }
        }

        public void Dispose() => listener?.Close();
    }
}
`;
}
