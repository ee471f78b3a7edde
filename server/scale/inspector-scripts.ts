/**
 * Lua scripts of the Redis inspector stores: each bounded write (add + evict, create + evict,
 * compare-and-set, clear) runs as one script, so instances writing at once never see half of it.
 * Keys are built from the prefix passed as ARGV[1] (like the sandbox store's scripts).
 */

/** ARGV: prefix, id, json, ttlMs, capacity. Adds an exchange; drops the oldest past capacity. */
export const ADD_EXCHANGE = `
local P, id, json, ttl, cap = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('SET', P .. 'ex:' .. id, json, 'PX', ttl)
redis.call('LPUSH', P .. 'exchanges', id)
while redis.call('LLEN', P .. 'exchanges') > cap do
  redis.call('DEL', P .. 'ex:' .. redis.call('RPOP', P .. 'exchanges'))
end
redis.call('PEXPIRE', P .. 'exchanges', ttl)
return 1`;

/** ARGV: prefix. Removes every exchange; returns how many were still stored. */
export const CLEAR_EXCHANGES = `
local P = ARGV[1]
local ids = redis.call('LRANGE', P .. 'exchanges', 0, -1)
local n = 0
for _, id in ipairs(ids) do n = n + redis.call('DEL', P .. 'ex:' .. id) end
redis.call('DEL', P .. 'exchanges')
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
