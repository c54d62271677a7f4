-- wrk script for bench/run.sh: every request asks for the next page of the
-- list in the file given after "--" (one address a line), as a browser
-- does (Accept-Encoding: br, gzip), and done() prints one line:
--   RESULT <requests/s> <p50 µs> <p99 µs> <requests> <errors>
local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- Each thread starts at a different place in the list.
  i = math.random(#paths)
  wrk.headers["Accept-Encoding"] = "br, gzip"
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.0f %d %d %d %d\n", summary.requests / secs,
    latency:percentile(50), latency:percentile(99), summary.requests, errors))
end
