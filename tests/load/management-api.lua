-- wrk script for tests/load/run.sh: Management API requests with the management token,
-- counting every answer that is not 2xx (wrk's own count lets 3xx pass). wrk skips the
-- response hook for an answer without any header (the sandbox's 204 to DELETE, when it
-- is the first answer on a connection): those are reported as "unhooked", and wrk's own
-- status_errors (>= 400) still covers them.
--   LOAD_BASE   /api/v0/accounts/A/clusters/C (path prefix of the token routes)
--   LOAD_TOKEN  the management token
--   LOAD_MIX    list | one | mix (GET list 70 %, GET one 20 %, DELETE 10 %)
--   LOAD_IDS    token IDs, separated by commas (for one and mix)
local base = os.getenv("LOAD_BASE")
local mix = os.getenv("LOAD_MIX") or "list"
local ids = {}
for id in string.gmatch(os.getenv("LOAD_IDS") or "", "[^,]+") do
  ids[#ids + 1] = id
end

wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOAD_TOKEN")
wrk.headers["Accept"] = "application/json"

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + #threads * 7919)
  counts = { ok = 0, bad = 0, list = 0, one = 0, delete = 0 }
  statuses = {}
end

local function pick()
  return ids[math.random(#ids)]
end

function request()
  local roll = math.random(100)
  if mix == "list" or (mix == "mix" and roll <= 70) then
    counts.list = counts.list + 1
    return wrk.format("GET", base .. "/tokens")
  elseif mix == "one" or roll <= 90 then
    counts.one = counts.one + 1
    return wrk.format("GET", base .. "/tokens/" .. pick())
  else
    counts.delete = counts.delete + 1
    return wrk.format("DELETE", base .. "/tokens/" .. pick())
  end
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    counts.ok = counts.ok + 1
  else
    counts.bad = counts.bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = { ok = 0, bad = 0, list = 0, one = 0, delete = 0 }
  local seen = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for key, value in pairs(c) do
      total[key] = total[key] + value
    end
    for status, n in pairs(thread:get("statuses")) do
      seen[status] = (seen[status] or 0) + n
    end
  end
  local errors = summary.errors
  io.write(string.format(
    "LOAD requests=%d ok2xx=%d non2xx=%d sent_list=%d sent_one=%d sent_delete=%d " ..
    "status_errors=%d unhooked=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, total.ok, total.bad, total.list, total.one, total.delete,
    errors.status, summary.requests - total.ok - total.bad,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  for status, n in pairs(seen) do
    io.write(string.format("LOAD status %d: %d answers\n", status, n))
  end
end
