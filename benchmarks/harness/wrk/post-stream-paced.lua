-- wrk script: post-stream.lua's streaming request, each connection waiting WRK_DELAY_MS milliseconds
-- before each request (the gateway bench uses it to offer a fixed rate).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "text/event-stream"
wrk.body = '{"model":"instant","messages":[{"role":"user","content":"Say hi."}],"max_tokens":16,"ignore_eos":true,"stream":true,"stream_options":{"include_usage":true}}'
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
function delay()
  return pause
end
