-- wrk script: POST /v1/assessments/batch, the same JSON Lines body (the first script argument) every time.
local body

function init(args)
  local file = assert(io.open(args[1], "rb"))
  body = file:read("*a")
  file:close()
end

function request()
  return wrk.format("POST", "/v1/assessments/batch", {["Content-Type"] = "application/x-ndjson"}, body)
end
