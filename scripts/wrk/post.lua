-- wrk script: POST the JSON body in the file named by $BODY; print p50/p99/p999 and req/s on one line at the end.
local path = os.getenv("BODY")
local f = assert(io.open(path, "rb"), "cannot read BODY=" .. tostring(path))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT req/s=%.1f p50=%.2fms p99=%.2fms p999=%.2fms max=%.2fms requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      latency:percentile(99.9) / 1000, latency.max / 1000, summary.requests, bad))
end
