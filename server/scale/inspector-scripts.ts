/**
 * Lua scripts of the Redis inspector stores: each bounded write (add + evict, create + evict,
 * compare-and-set, clear) runs as one script, so instances writing at once never see half of it.
 * Keys are built from the prefix passed as ARGV[1] (like the sandbox store's scripts).
 */

/**
 * The exchange log's keys: `ex:<id>` (the exchange's JSON), `exorder` (zset id -> sequence: the
 * whole log in order, for pages), `exgroups` (zset flow id -> its first exchange's sequence:
 * flows oldest first), `exflow:<flow>` (list of that flow's ids, oldest first), `exloose` (list
 * of ids of no flow, oldest first), `exseq`, `exbytes` (stored JSON bytes, what the budget bounds).
 */
const LOG_HELPERS = `
local P = ARGV[1]
local function dropEx(x)
  local n = redis.call('STRLEN', P .. 'ex:' .. x)
  redis.call('DEL', P .. 'ex:' .. x)
  if redis.call('ZREM', P .. 'exorder', x) == 1 then redis.call('DECRBY', P .. 'exbytes', n) end
end
`;

/**
 * ARGV: prefix, id, json, flow id ('' for none), ttlMs, maxFlows, maxLoose, maxBytes, maxPerFlow.
 * Adds an exchange, then restores the bounds: a flow past its cap loses its second exchange
 * (its first, the initiation, stays); loose exchanges past theirs go oldest first; flows past
 * theirs, and then anything over the byte budget, go oldest first (loose exchanges before flows;
 * never the flow being written while another is left). Returns the ids of the flows evicted.
 */
export const ADD_EXCHANGE =
  LOG_HELPERS +
  `
local id, json, flow = ARGV[2], ARGV[3], ARGV[4]
local ttl, maxFlows, maxLoose, maxBytes, perFlow = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local evicted = {}
local function dropGroup(g)
  for _, x in ipairs(redis.call('LRANGE', P .. 'exflow:' .. g, 0, -1)) do dropEx(x) end
  redis.call('DEL', P .. 'exflow:' .. g)
  redis.call('ZREM', P .. 'exgroups', g)
  table.insert(evicted, g)
end
local function oldestOther()
  local two = redis.call('ZRANGE', P .. 'exgroups', 0, 1)
  if two[1] == flow then return two[2] end
  return two[1]
end
local function dropSecond()
  local second = redis.call('LINDEX', P .. 'exflow:' .. flow, 1)
  redis.call('LREM', P .. 'exflow:' .. flow, 1, second)
  dropEx(second)
end
dropEx(id)
local seq = redis.call('INCR', P .. 'exseq')
redis.call('SET', P .. 'ex:' .. id, json, 'PX', ttl)
redis.call('ZADD', P .. 'exorder', seq, id)
redis.call('INCRBY', P .. 'exbytes', #json)
if flow ~= '' then
  redis.call('ZADD', P .. 'exgroups', 'NX', seq, flow)
  redis.call('RPUSH', P .. 'exflow:' .. flow, id)
  redis.call('PEXPIRE', P .. 'exflow:' .. flow, ttl)
  while redis.call('LLEN', P .. 'exflow:' .. flow) > math.max(1, perFlow) do dropSecond() end
else
  redis.call('RPUSH', P .. 'exloose', id)
  while redis.call('LLEN', P .. 'exloose') > maxLoose do dropEx(redis.call('LPOP', P .. 'exloose')) end
end
while redis.call('ZCARD', P .. 'exgroups') > math.max(1, maxFlows) do dropGroup(oldestOther()) end
while tonumber(redis.call('GET', P .. 'exbytes')) > maxBytes do
  if redis.call('LLEN', P .. 'exloose') > 0 then dropEx(redis.call('LPOP', P .. 'exloose'))
  elseif redis.call('ZCARD', P .. 'exgroups') > 1 then dropGroup(oldestOther())
  elseif flow ~= '' and redis.call('LLEN', P .. 'exflow:' .. flow) > 1 then dropSecond()
  else break end
end
for _, k in ipairs({ 'exorder', 'exgroups', 'exloose', 'exseq', 'exbytes' }) do redis.call('PEXPIRE', P .. k, ttl) end
return evicted`;

/** ARGV: prefix. Removes every exchange; returns how many were still stored. */
export const CLEAR_EXCHANGES = `
local P = ARGV[1]
local n = 0
for _, id in ipairs(redis.call('ZRANGE', P .. 'exorder', 0, -1)) do n = n + redis.call('DEL', P .. 'ex:' .. id) end
for _, g in ipairs(redis.call('ZRANGE', P .. 'exgroups', 0, -1)) do redis.call('DEL', P .. 'exflow:' .. g) end
redis.call('DEL', P .. 'exorder', P .. 'exgroups', P .. 'exloose', P .. 'exbytes')
return n`;

/** ARGV: prefix, id, json, ttlMs, capacity. Creates a flow unless its id exists (0); evicts the oldest. */
export const CREATE_FLOW = `
local P, id, json, ttl, cap = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
if redis.call('SET', P .. 'flow:' .. id, json, 'NX', 'PX', ttl) == false then return 0 end
redis.call('LPUSH', P .. 'flows', id)
while redis.call('LLEN', P .. 'flows') > cap do
  local old = redis.call('RPOP', P .. 'flows')
  local oldJson = redis.call('GET', P .. 'flow:' .. old)
  if oldJson then
    local ok, flow = pcall(cjson.decode, oldJson)
    if ok and type(flow.token) == 'string' and redis.call('HGET', P .. 'flowtokens', flow.token) == old then
      redis.call('HDEL', P .. 'flowtokens', flow.token)
    end
    local tx = ok and type(flow.transaction) == 'table' and flow.transaction.id
    if type(tx) == 'string' and redis.call('HGET', P .. 'flowtxs', tx) == old then
      redis.call('HDEL', P .. 'flowtxs', tx)
    end
  end
  redis.call('DEL', P .. 'flow:' .. old)
end
redis.call('PEXPIRE', P .. 'flows', ttl)
return 1`;

/** ARGV: prefix, flow id... Forgets these flows, their place in the order and their index entries. */
export const REMOVE_FLOWS = `
local P = ARGV[1]
for i = 2, #ARGV do
  local id = ARGV[i]
  local json = redis.call('GET', P .. 'flow:' .. id)
  if json then
    local ok, flow = pcall(cjson.decode, json)
    if ok and type(flow.token) == 'string' and redis.call('HGET', P .. 'flowtokens', flow.token) == id then redis.call('HDEL', P .. 'flowtokens', flow.token) end
    local tx = ok and type(flow.transaction) == 'table' and flow.transaction.id
    if type(tx) == 'string' and redis.call('HGET', P .. 'flowtxs', tx) == id then redis.call('HDEL', P .. 'flowtxs', tx) end
    redis.call('DEL', P .. 'flow:' .. id)
    redis.call('LREM', P .. 'flows', 1, id)
  end
end
return 1`;

/** ARGV: prefix, id, expected json, new json, ttlMs. Writes only over the version read (1), else 0. */
export const SWAP_FLOW = `
local key = ARGV[1] .. 'flow:' .. ARGV[2]
if redis.call('GET', key) ~= ARGV[3] then return 0 end
redis.call('SET', key, ARGV[4], 'PX', tonumber(ARGV[5]))
return 1`;

/** ARGV: index key, field, flow id, ttlMs. One entry of an index hash (token or transaction -> flow id). */
export const INDEX_FIELD = `
redis.call('HSET', ARGV[1], ARGV[2], ARGV[3])
redis.call('PEXPIRE', ARGV[1], tonumber(ARGV[4]))
return 1`;

/** ARGV: prefix. Removes every flow and the token and transaction indexes. */
export const CLEAR_FLOWS = `
local P = ARGV[1]
for _, id in ipairs(redis.call('LRANGE', P .. 'flows', 0, -1)) do redis.call('DEL', P .. 'flow:' .. id) end
redis.call('DEL', P .. 'flows', P .. 'flowtokens', P .. 'flowtxs')
return 1`;
