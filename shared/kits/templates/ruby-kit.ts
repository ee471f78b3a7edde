/** The whole-flow kit in Ruby 3: the standard library only (net/http, openssl, socket, json). */
import { commented, kitHeader } from '../kit-header.ts';
import { KIT_EXIT, NO_URL, OPEN_URL, OUTCOME_TEXT, RESULT_PREFIX, STOPPED, WAITING } from '../kit-messages.ts';
import type { Answer, KitPlan } from '../kit-plan.ts';
import { literal, snakeCase } from '../kit-value.ts';
import { LITERAL_STYLES, singleQuoted } from '../literal-styles.ts';
import { stepValue } from '../kit-step-value.ts';

const style = LITERAL_STYLES.ruby;
const table = (answers: Answer[]) => answers.map((a) => `  ${a.status} => '${a.action}', # ${a.meaning}`).join('\n');

function steps(plan: KitPlan): string {
  return plan.steps.map((s) => `    ${s.tokenVariable ? `${snakeCase(s.tokenVariable)} = ` : ''}run_step(callback, ${literal(stepValue(s), style, '    ')})`).join('\n');
}

export function rubyKit(plan: KitPlan, fileName: string): string {
  const d = plan.defaults;
  const header = kitHeader(plan, { command: `ruby ${fileName}`, needs: 'Ruby 3.0 or later, nothing else (the standard library)' });
  return String.raw`#!/usr/bin/env ruby
# frozen_string_literal: true

${commented(header, '#')}
require 'json'
require 'net/http'
require 'openssl'
require 'socket'
require 'uri'

def env(name, fallback)
  value = ENV.fetch(name, '')
  value.empty? ? fallback : value
end

BASE_URL = env('FILLEASY_BASE_URL', ${singleQuoted(d.baseUrl)}).sub(%r{/+\z}, '')
CLIENT_ID = env('FILLEASY_CLIENT_ID', '')
CLIENT_SECRET = env('FILLEASY_CLIENT_SECRET', '')
CALLBACK_URL = env('FILLEASY_CALLBACK_URL', ${singleQuoted(d.callbackUrl)})
POLL_INTERVAL_MS = Integer(env('FILLEASY_POLL_INTERVAL_MS', '${d.pollIntervalMs}'))
MAX_POLL_INTERVAL_MS = ${d.maxPollIntervalMs}
TIMEOUT_SECONDS = Integer(env('FILLEASY_TIMEOUT_SECONDS', '${d.timeoutSeconds}'))
MAX_RETRIES = ${d.maxRetries}
POLL_PATH = ${singleQuoted(plan.pollPath)}

# What each status means (from the API catalogue): take the result, wait and poll again,
# retry after a pause, or stop. A status not listed: 5xx is retried, anything else stops.
INITIATE_ANSWERS = {
${table(plan.initiateAnswers)}
}.freeze
POLL_ANSWERS = {
${table(plan.pollAnswers)}
}.freeze
# The official codes a transaction ends with when the user does not approve.
OUTCOMES = {
${plan.outcomes.map((o) => `  '${o.code}' => '${o.kind}',`).join('\n')}
}.freeze
OUTCOME_TEXT = {
${Object.entries(OUTCOME_TEXT).map(([k, v]) => `  '${k}' => [${singleQuoted(v.text)}, ${v.exit}],`).join('\n')}
}.freeze
EXIT_SETUP = ${KIT_EXIT.setup}
EXIT_STOPPED = ${KIT_EXIT.stopped}
EXIT_TIMED_OUT = ${KIT_EXIT.timedOut}
EXIT_UNVERIFIED = ${KIT_EXIT.unverified}

# Ends the kit with a message and an exit code.
class Stop < StandardError
  attr_reader :exit_code

  def initialize(message, exit_code)
    super(message)
    @exit_code = exit_code
  end
end

def say(line)
  $stdout.puts(line)
  $stdout.flush
end

def main
  raise Stop.new('set FILLEASY_CLIENT_ID and FILLEASY_CLIENT_SECRET', EXIT_SETUP) if CLIENT_ID.empty? || CLIENT_SECRET.empty?

  callback = CallbackReceiver.new(CALLBACK_URL)
  callback_url = callback.url
  begin
${steps(plan)}
  ensure
    callback.close
  end
end

# Starts one step, shows where the user goes, waits for the final answer, checks and prints the result.
def run_step(callback, step)
  say("== #{step['title']}")
  started = call(step['path'], step['body'], INITIATE_ANSWERS)
  raise stop_for(started) unless started[:action] == 'result'

  body = started[:body]
  say(body['url'] ? "${OPEN_URL}#{body['url']}" : '${NO_URL}')
  say("identification code (the app shows the same 4 digits): #{body['hkic']}") if body['hkic']
  plaintext = decrypt_result(wait_for_result(callback, step, body['token'].to_s))
  check_result(JSON.parse(plaintext), step)
  say("${RESULT_PREFIX}#{step['id']}: #{plaintext}")
  body['token'].to_s
end

# Polls Poll Data with a growing pause until a final answer; a callback cuts the pause short and brings the app's code.
def wait_for_result(callback, step, token)
  deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + TIMEOUT_SECONDS
  pause = POLL_INTERVAL_MS
  code = nil
  say("${WAITING} (#{step['title']}), polling from every #{pause} ms")
  loop do
    query = callback.next_callback(pause)
    # A late callback of an earlier step is not this step's: its code would be the wrong one.
    if query && query['service'] == step['id']
      say("callback received: service=#{query['service']}, #{query['errorCode'] ? "errorCode=#{query['errorCode']}" : 'with a code'}")
      code = query['code'] || code
    end
    answer = call(POLL_PATH, code ? { 'token' => token, 'code' => code } : { 'token' => token }, POLL_ANSWERS)
    return answer[:body]['data'].to_s if answer[:action] == 'result'
    raise stop_for(answer) unless answer[:action] == 'wait'
    raise Stop.new("no final answer after #{TIMEOUT_SECONDS} s", EXIT_TIMED_OUT) if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline

    pause = [(pause * 1.5).round, MAX_POLL_INTERVAL_MS].min
  end
end

# One POST; 429 and 5xx answers are retried after a pause (Retry-After when the server gives one).
def call(path, body, answers)
  uri = URI(BASE_URL + path)
  attempt = 0
  loop do
    attempt += 1
    request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json', 'x-client-id' => CLIENT_ID, 'x-client-secret' => CLIENT_SECRET)
    request.body = JSON.generate(body)
    begin
      response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 10, read_timeout: 30) { |http| http.request(request) }
    rescue StandardError => e
      raise Stop.new("cannot reach #{BASE_URL}: #{e.message}", EXIT_SETUP)
    end
    status = response.code.to_i
    parsed = begin
      JSON.parse(response.body.to_s)
    rescue JSON::ParserError
      nil # not JSON (a proxy's error page): the status alone decides
    end
    parsed = {} unless parsed.is_a?(Hash)
    action = answers.fetch(status) { status >= 500 ? 'retry' : 'stop' }
    return { status: status, action: action, body: parsed } unless action == 'retry'
    return { status: status, action: 'stop', body: parsed } if attempt > MAX_RETRIES

    retry_after = response['retry-after'].to_s
    pause = [retry_after.match?(/\A\d+\z/) ? retry_after.to_i * 1000 : POLL_INTERVAL_MS * 2**attempt, 60_000].min
    say("#{status} #{parsed['message']}: retrying in #{pause} ms")
    sleep(pause / 1000.0)
  end
end

def stop_for(answer)
  body = answer[:body]
  code = body['errorCode']
  said = code ? "#{answer[:status]} #{code}" : answer[:status].to_s
  text, exit_code = OUTCOME_TEXT[OUTCOMES[code]]
  return Stop.new("#{text} (#{said})", exit_code) if text

  details = body['errors'].is_a?(Array) ? ": #{body['errors'].map { |e| e['message'] }.join('; ')}" : ''
  Stop.new("#{said} #{body['message']}#{details}", EXIT_STOPPED)
end

def b64url(text)
  (text + ('=' * (-text.length % 4))).tr('-_', '+/').unpack1('m')
end

# The key of the result: the 32 bytes of a 64-hex-character secret, else SHA-256 of the secret as UTF-8.
def jwe_key(secret)
  secret.match?(/\A[0-9a-fA-F]{64}\z/) ? [secret].pack('H*') : OpenSSL::Digest::SHA256.digest(secret.encode('UTF-8'))
end

# Opens a compact JWE (alg dir, enc A256GCM); the protected header, as ASCII, is the AAD.
def decrypt_result(compact)
  parts = compact.split('.', -1)
  raise Stop.new('the result is not a compact JWE', EXIT_UNVERIFIED) unless parts.length == 5

  protected_header, encrypted_key, iv, ciphertext, tag = parts
  header = JSON.parse(b64url(protected_header))
  unless header['alg'] == 'dir' && header['enc'] == 'A256GCM' && encrypted_key.empty?
    raise Stop.new("unexpected JWE header #{JSON.generate(header)}", EXIT_UNVERIFIED)
  end

  cipher = OpenSSL::Cipher.new('aes-256-gcm').decrypt
  cipher.key = jwe_key(CLIENT_SECRET)
  cipher.iv = b64url(iv)
  cipher.auth_tag = b64url(tag)
  cipher.auth_data = protected_header
  (cipher.update(b64url(ciphertext)) + cipher.final).force_encoding('UTF-8')
rescue OpenSSL::Cipher::CipherError
  raise Stop.new('cannot decrypt the result: is FILLEASY_CLIENT_SECRET the secret of this client?', EXIT_UNVERIFIED)
end

# Signing: the signature (SHA256withRSA over the hash's bytes) must verify against the certificate in the result.
def check_result(result, step)
  case step['check']
  when 'sign'
    sign = result['sign'] || {}
    hash_code = sign['hashCode'].to_s
    raise Stop.new("the result signs #{hash_code}, not the hash sent", EXIT_UNVERIFIED) unless hash_code == step['expectedHash']

    certificate = OpenSSL::X509::Certificate.new(sign['cert'].to_s.gsub(/-----[A-Z ]+-----|\s/, '').unpack1('m'))
    unless certificate.public_key.verify(OpenSSL::Digest.new('SHA256'), sign['signature'].to_s.unpack1('m'), [hash_code].pack('H*'))
      raise Stop.new('the signature does not verify against the certificate in the result', EXIT_UNVERIFIED)
    end

    say("signature verified: SHA256withRSA over #{hash_code} by #{certificate.subject}")
  when 'pdf-sign'
    digest = (result['pdfSign'] || {})['docDigest'].to_s
    raise Stop.new("the result signs #{digest}, not the hash sent", EXIT_UNVERIFIED) unless digest == step['expectedHash']

    say("PDF signature received for #{digest}: put pdfSignature (a detached CMS) in the PDF's signature field; your PDF library verifies it")
  end
end

# Serves the callback URL when it is http on this machine (port 0: any free port); otherwise the kit only polls.
class CallbackReceiver
  attr_reader :url

  def initialize(address)
    @url = address
    @queue = []
    target = URI(address)
    unless target.scheme == 'http' && %w[127.0.0.1 localhost].include?(target.host)
      say("not serving #{address} (not http on this machine): polling only")
      return
    end
    @path = target.path
    begin
      @server = TCPServer.new(target.host, target.port)
    rescue SystemCallError => e
      raise Stop.new("cannot serve #{address}: #{e.message}", EXIT_SETUP)
    end
    @url = "http://#{target.host}:#{@server.addr[1]}#{@path}"
    say("serving the callback on #{@url}")
  end

  # The next callback, or nil once pause_ms have passed without one.
  def next_callback(pause_ms)
    deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + (pause_ms / 1000.0)
    sleep(pause_ms / 1000.0) unless @server
    while @server && @queue.empty?
      left = deadline - Process.clock_gettime(Process::CLOCK_MONOTONIC)
      break if left <= 0

      serve(@server.accept) if IO.select([@server], nil, nil, left)
    end
    @queue.shift
  end

  def close
    @server&.close
  end

  private

  def serve(connection)
    request_line = connection.gets.to_s
    loop do
      line = connection.gets # the headers: the query string is all the kit needs
      break if line.nil? || line.strip.empty?
    end
    target = URI.parse(request_line.split[1].to_s)
    if target.path == @path
      @queue << URI.decode_www_form(target.query.to_s).to_h
      reply = "Done: you can close this window.\n"
      connection.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: #{reply.bytesize}\r\nConnection: close\r\n\r\n#{reply}")
    else
      connection.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    end
  rescue URI::InvalidURIError
    connection.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
  ensure
    connection.close
  end
end

begin
  main
rescue Stop => e
  warn("${STOPPED}#{e.message}")
  exit(e.exit_code)
rescue StandardError => e
  warn("${STOPPED}unexpected error: #{e.class}: #{e.message}")
  exit(EXIT_SETUP)
end
`;
}
