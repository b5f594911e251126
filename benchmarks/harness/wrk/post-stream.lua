-- wrk script: the same request as versus's load generator sends (streaming, usage chunk asked for).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "text/event-stream"
wrk.body = '{"model":"instant","messages":[{"role":"user","content":"Say hi."}],"max_tokens":16,"ignore_eos":true,"stream":true,"stream_options":{"include_usage":true}}'
