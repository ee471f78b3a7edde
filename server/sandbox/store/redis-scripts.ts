/**
 * The Lua scripts behind the Redis store. Each read-modify-write runs as one script, so Redis
 * executes it atomically: `finish` is a real compare-and-set and `takeResult` hands a result to
 * exactly one of any number of concurrent pollers, across every sandbox instance (T-S7).
 *
 * Layout under the prefix P (all written by these scripts and redis-store.ts):
 *   P tx:<id>          hash: one field per Transaction field, JSON-encoded; plus raw `_c` (client),
 *                      `_t` (ticketID), `_s` (state) so Lua never parses JSON
 *   P ticket:<t>, P state:<s>   → id
 *   P client:<c>       zset id → createdAt (list order)      P due:<c>   zset id → deleteAt (sweep)
 *   P txs, P pending   sets of ids (maxLive bound, counts)   P clients   set of clients with records
 *   P login:<id>       JSON Login; P ldue:<c> zset id → expiresAt; P logins, P lclients sets
 *   P offsets          hash client → clock offset ms;     P inits:<c>  zset of initiation times
 *   P tclient:<id>     JSON per-test client;              P tclients  zset id → expiresAt
 * Keys are built inside the scripts from the prefix, so this targets one Redis (not Cluster).
 * Every deadline is checked against the `now` the caller passes (the sandbox clock); key expiry
 * (PX) is only a safety bound set by the caller.
 */

const PRELUDE = `
local P = ARGV[1]
local function txKey(id) return P .. 'tx:' .. id end
local function drop(id, client)
  local k = txKey(id)
  local m = redis.call('HMGET', k, '_c', '_t', '_s')
  local c = m[1] or client
  redis.call('DEL', k)
  if m[2] then redis.call('DEL', P .. 'ticket:' .. m[2]) end
  if m[3] then redis.call('DEL', P .. 'state:' .. m[3]) end
  if c then
    redis.call('ZREM', P .. 'client:' .. c, id)
    redis.call('ZREM', P .. 'due:' .. c, id)
  end
  redis.call('SREM', P .. 'txs', id)
  redis.call('SREM', P .. 'pending', id)
end
-- The record at now with its deadlines applied (a timeout is persisted); false once gone.
local function live(id, now, client)
  local k = txKey(id)
  local f = redis.call('HMGET', k, 'status', 'timeoutAt', 'deleteAt', 'timedOutCode', '_c')
  if not f[3] then
    drop(id, client)
    return false
  end
  if now >= tonumber(f[3]) then
    drop(id, f[5])
    return false
  end
  if f[1] == '"pending"' and now >= tonumber(f[2]) then
    redis.call('HSET', k, 'status', '"timed_out"', 'finishedAt', f[2], 'errorCode', f[4])
    redis.call('SREM', P .. 'pending', id)
  end
  return k
end
`;

/** ARGV: P, maxLive, id, client, ticket, state, createdAt, deleteAt, pending(1|0), ttlMs, field, value, ... */
export const INSERT = `${PRELUDE}
if redis.call('SCARD', P .. 'txs') >= tonumber(ARGV[2]) then return 0 end
local id, c, t, s = ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local k = txKey(id)
if redis.call('EXISTS', k, P .. 'ticket:' .. t, P .. 'state:' .. s) > 0 then
  return redis.error_reply('duplicate transaction identifiers')
end
redis.call('HSET', k, '_c', c, '_t', t, '_s', s, unpack(ARGV, 11))
redis.call('PEXPIRE', k, ARGV[10])
redis.call('SET', P .. 'ticket:' .. t, id, 'PX', ARGV[10])
redis.call('SET', P .. 'state:' .. s, id, 'PX', ARGV[10])
redis.call('ZADD', P .. 'client:' .. c, ARGV[7], id)
redis.call('ZADD', P .. 'due:' .. c, ARGV[8], id)
redis.call('SADD', P .. 'txs', id)
redis.call('SADD', P .. 'clients', c)
if ARGV[9] == '1' then redis.call('SADD', P .. 'pending', id) end
return 1
`;

/** ARGV: P, now, 'id' | 'ticket' | 'state', value. Returns HGETALL of the live record or nil. */
export const GET = `${PRELUDE}
local id = ARGV[4]
if ARGV[3] ~= 'id' then
  id = redis.call('GET', P .. ARGV[3] .. ':' .. ARGV[4])
  if not id then return false end
end
local k = live(id, tonumber(ARGV[2]))
if not k then return false end
return redis.call('HGETALL', k)
`;

/** ARGV: P, now, id, deleteAt, ttlMs, field, value, ... Compare-and-set from pending. */
export const FINISH = `${PRELUDE}
local id = ARGV[3]
local k = live(id, tonumber(ARGV[2]))
if not k then return false end
local m = redis.call('HMGET', k, 'status', '_c', '_t', '_s')
if m[1] ~= '"pending"' then return false end
redis.call('HSET', k, unpack(ARGV, 6))
redis.call('SREM', P .. 'pending', id)
redis.call('ZADD', P .. 'due:' .. m[2], ARGV[4], id)
redis.call('PEXPIRE', k, ARGV[5])
redis.call('PEXPIRE', P .. 'ticket:' .. m[3], ARGV[5])
redis.call('PEXPIRE', P .. 'state:' .. m[4], ARGV[5])
return redis.call('HGETALL', k)
`;

/** ARGV: P, now, id. */
export const RECORD_POLL = `${PRELUDE}
local k = live(ARGV[3], tonumber(ARGV[2]))
if not k then return false end
redis.call('HINCRBY', k, 'pollCount', 1)
return redis.call('HGETALL', k)
`;

/** ARGV: P, now, id. Returns { resultJson, HGETALL... } to exactly one caller, else nil. */
export const TAKE_RESULT = `${PRELUDE}
local k = live(ARGV[3], tonumber(ARGV[2]))
if not k then return false end
local m = redis.call('HMGET', k, 'status', 'result')
if m[1] ~= '"approved"' or not m[2] then return false end
redis.call('HDEL', k, 'result')
redis.call('HSET', k, 'status', '"collected"')
local all = redis.call('HGETALL', k)
table.insert(all, 1, m[2])
return all
`;

/** ARGV: P, now, client. A list of HGETALL replies, oldest first. */
export const LIST = `${PRELUDE}
local c = ARGV[3]
local now = tonumber(ARGV[2])
local out = {}
for _, id in ipairs(redis.call('ZRANGE', P .. 'client:' .. c, 0, -1)) do
  local k = live(id, now, c)
  if k then out[#out + 1] = redis.call('HGETALL', k) end
end
return out
`;

/** Lua: forgets every transaction and login of client `c`; returns how many transactions went. */
const RESET_CLIENT = `
local function resetClient(c)
  local ids = redis.call('ZRANGE', P .. 'client:' .. c, 0, -1)
  for _, id in ipairs(ids) do drop(id, c) end
  redis.call('DEL', P .. 'client:' .. c, P .. 'due:' .. c)
  redis.call('SREM', P .. 'clients', c)
  for _, id in ipairs(redis.call('ZRANGE', P .. 'ldue:' .. c, 0, -1)) do
    redis.call('DEL', P .. 'login:' .. id)
    redis.call('SREM', P .. 'logins', id)
  end
  redis.call('DEL', P .. 'ldue:' .. c)
  redis.call('SREM', P .. 'lclients', c)
  return #ids
end
`;

/** ARGV: P, client. Forgets the client's transactions and logins; returns how many transactions. */
export const RESET = `${PRELUDE}${RESET_CLIENT}
return resetClient(ARGV[2])
`;

/**
 * Per-test clients: P tclient:<id> JSON record (PX = its lifetime), P tclients zset id → expiresAt.
 * ARGV: P, id, json, expiresAt, baseNow, max, ttlMs. Forgets expired ones first; 0 when `max` are live.
 */
export const SAVE_TEST_CLIENT = `
local P = ARGV[1]
local z = P .. 'tclients'
for _, id in ipairs(redis.call('ZRANGEBYSCORE', z, '-inf', ARGV[5])) do
  redis.call('DEL', P .. 'tclient:' .. id, P .. 'inits:' .. id)
  redis.call('HDEL', P .. 'offsets', id)
end
redis.call('ZREMRANGEBYSCORE', z, '-inf', ARGV[5])
if not redis.call('ZSCORE', z, ARGV[2]) and redis.call('ZCARD', z) >= tonumber(ARGV[6]) then return 0 end
redis.call('ZADD', z, ARGV[4], ARGV[2])
redis.call('SET', P .. 'tclient:' .. ARGV[2], ARGV[3], 'PX', ARGV[7])
return 1
`;

/** ARGV: P, id. Forgets the per-test client with its records, clock offset and rate-limit window; 1 if it existed. */
export const REMOVE_TEST_CLIENT = `${PRELUDE}${RESET_CLIENT}
local id = ARGV[2]
local existed = redis.call('DEL', P .. 'tclient:' .. id)
redis.call('ZREM', P .. 'tclients', id)
resetClient(id)
redis.call('HDEL', P .. 'offsets', id)
redis.call('DEL', P .. 'inits:' .. id)
return existed
`;

/** ARGV: P, id, client, loginJson, expiresAt, ttlMs. */
export const SAVE_LOGIN = `
local P = ARGV[1]
redis.call('SET', P .. 'login:' .. ARGV[2], ARGV[4], 'PX', ARGV[6])
redis.call('ZADD', P .. 'ldue:' .. ARGV[3], ARGV[5], ARGV[2])
redis.call('SADD', P .. 'logins', ARGV[2])
redis.call('SADD', P .. 'lclients', ARGV[3])
return 1
`;

/** ARGV: P, id, client. */
export const DROP_LOGIN = `
local P = ARGV[1]
redis.call('DEL', P .. 'login:' .. ARGV[2])
redis.call('ZREM', P .. 'ldue:' .. ARGV[3], ARGV[2])
redis.call('SREM', P .. 'logins', ARGV[2])
return 1
`;

/** ARGV: P, client, now, cutoff (now - 1 min), perMinute, member. Sliding window of one minute. */
export const TAKE_INIT_SLOT = `
local k = ARGV[1] .. 'inits:' .. ARGV[2]
redis.call('ZREMRANGEBYSCORE', k, '-inf', ARGV[4])
if redis.call('ZCARD', k) >= tonumber(ARGV[5]) then return 0 end
redis.call('ZADD', k, ARGV[3], ARGV[6])
-- Sandbox time never runs slower than real time, so after a real minute every entry is stale.
redis.call('PEXPIRE', k, 61000)
return 1
`;

/**
 * ARGV: P, baseNow, batch. Drops records past their deadline on each client's own clock, at most
 * `batch` per client and kind per call so one call never blocks Redis for long; returns
 * { removed, more } and the caller calls again while `more` is 1.
 */
export const SWEEP = `${PRELUDE}
local base = tonumber(ARGV[2])
local batch = tonumber(ARGV[3])
local offsets = {}
local flat = redis.call('HGETALL', P .. 'offsets')
for i = 1, #flat, 2 do offsets[flat[i]] = tonumber(flat[i + 1]) end
local removed, more = 0, 0
for _, c in ipairs(redis.call('SMEMBERS', P .. 'clients')) do
  local now = string.format('%.17g', base + (offsets[c] or 0))
  local ids = redis.call('ZRANGEBYSCORE', P .. 'due:' .. c, '-inf', now, 'LIMIT', 0, batch)
  for _, id in ipairs(ids) do
    drop(id, c)
    removed = removed + 1
  end
  if #ids == batch then more = 1 end
  if redis.call('EXISTS', P .. 'client:' .. c, P .. 'due:' .. c) == 0 then redis.call('SREM', P .. 'clients', c) end
end
for _, c in ipairs(redis.call('SMEMBERS', P .. 'lclients')) do
  local now = string.format('%.17g', base + (offsets[c] or 0))
  local ids = redis.call('ZRANGEBYSCORE', P .. 'ldue:' .. c, '-inf', now, 'LIMIT', 0, batch)
  for _, id in ipairs(ids) do
    redis.call('DEL', P .. 'login:' .. id)
    redis.call('SREM', P .. 'logins', id)
    redis.call('ZREM', P .. 'ldue:' .. c, id)
    removed = removed + 1
  end
  if #ids == batch then more = 1 end
  if redis.call('EXISTS', P .. 'ldue:' .. c) == 0 then redis.call('SREM', P .. 'lclients', c) end
end
return { removed, more }
`;
