-- Token buckets checked in order in one round trip: KEYS = tokens and timestamp key of each bucket,
-- ARGV = replenish rate and burst capacity of each bucket. Same arithmetic as Spring Cloud Gateway's
-- request_rate_limiter.lua (one token per request, Redis server time in seconds). Stops at the first bucket that has
-- no token, leaving the later ones untouched (as two separate checks did).
-- Returns per checked bucket: allowed (1/0), tokens left.
local now = tonumber(redis.call('TIME')[1])
local results = {}
for i = 1, #KEYS / 2 do
  local tokens_key = KEYS[2 * i - 1]
  local timestamp_key = KEYS[2 * i]
  local rate = tonumber(ARGV[2 * i - 1])
  local capacity = tonumber(ARGV[2 * i])
  local ttl = math.floor(capacity / rate * 2)
  if ttl < 1 then
    ttl = 1
  end
  local last_tokens = tonumber(redis.call('get', tokens_key)) or capacity
  local last_refreshed = tonumber(redis.call('get', timestamp_key)) or 0
  local filled = math.min(capacity, last_tokens + math.max(0, now - last_refreshed) * rate)
  local allowed = filled >= 1
  local new_tokens = filled
  if allowed then
    new_tokens = filled - 1
  end
  redis.call('setex', tokens_key, ttl, new_tokens)
  redis.call('setex', timestamp_key, ttl, now)
  results[#results + 1] = allowed and 1 or 0
  results[#results + 1] = math.floor(new_tokens)
  if not allowed then
    break
  end
end
return results
