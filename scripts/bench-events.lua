-- wrk script for scripts/bench-events.sh: every request signs a different
-- jobseeker up for the same event, as the WASM client would (JSON answer).
-- Each thread takes every n-th session token; once its people have all had
-- an answer the thread stops. Requests sent while the last answers are on
-- their way repeat an earlier person's sign-up, which changes nothing.
-- (wrk itself keeps running until -d is over: the script times the run
-- from the database instead.)

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  event = args[1]
  local stride = tonumber(args[3])
  tokens = {}
  local n = 0
  for token in io.lines(args[2]) do
    if n % stride == id then table.insert(tokens, token) end
    n = n + 1
  end
  sent = 0
  answered = 0
end

function request()
  sent = sent + 1
  local token = tokens[((sent - 1) % #tokens) + 1]
  return wrk.format("POST", "/api/event-sign-up", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Cookie"] = "askel_session=" .. token,
  }, "event=" .. event)
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
  if answered >= #tokens then wrk.thread:stop() end
end
