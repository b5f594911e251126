-- wrk script: the non-streaming chat completion the overhead bench compares the load generator with.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"instant","messages":[{"role":"user","content":"Say hi."}],"max_tokens":16,"ignore_eos":true}'
