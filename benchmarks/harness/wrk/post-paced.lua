-- wrk script: post.lua's non-streaming request, each connection waiting WRK_DELAY_MS milliseconds
-- before each request, so that wrk offers about the rate versus reached (the overhead bench sets it).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"instant","messages":[{"role":"user","content":"Say hi."}],"max_tokens":16,"ignore_eos":true}'
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
function delay()
  return pause
end
