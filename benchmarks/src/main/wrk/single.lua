-- wrk script: POST /v1/assessments, one case per request, the example scenarios round robin.
-- The first script argument names a file listing the scenario files, one path a line.
local bodies = {}
local next = 0

function init(args)
  for path in io.lines(args[1]) do
    local file = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
end

function request()
  next = next % #bodies + 1
  return wrk.format("POST", "/v1/assessments", {["Content-Type"] = "application/json"}, bodies[next])
end
