#!/usr/bin/env python3
"""A small client of the needlesafe JSON API, standard library only (Python 3.8+).

    NEEDLESAFE_URL=http://127.0.0.1:8080 NEEDLESAFE_API_KEY=... python3 needlesafe_client.py SCENARIO.json...

Posts the first scenario to /v1/assessments and prints its decision, checking it against the scenario's
"expected" decision when it has one; then posts every scenario as one JSON Lines batch to
/v1/assessments/batch and prints one decision (or the problems) per line, in order. Exits 1 when a decision
differs from the expected one, 2 on an HTTP error.
"""
import json
import os
import sys
import urllib.error
import urllib.request


class NeedlesafeClient:
    def __init__(self, base_url, api_key=None):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key

    def _request(self, path, body, content_type):
        request = urllib.request.Request(self.base_url + path, data=body, method="POST")
        request.add_header("Content-Type", content_type)
        if self.api_key:
            request.add_header("Authorization", "Bearer " + self.api_key)
        return urllib.request.urlopen(request, timeout=60)

    def assess(self, case):
        """The assessment of one case (a dict); raises urllib.error.HTTPError with a problem+json body if invalid."""
        with self._request("/v1/assessments", json.dumps(case).encode("utf-8"), "application/json") as response:
            return json.load(response)

    def assess_batch(self, cases):
        """Yields one answer per case, in order: an assessment, or {"line": N, "errors": [...]}."""
        body = "".join(json.dumps(case) + "\n" for case in cases).encode("utf-8")
        with self._request("/v1/assessments/batch", body, "application/x-ndjson") as response:
            for line in response:
                if line.strip():
                    yield json.loads(line)


def main(paths):
    client = NeedlesafeClient(os.environ.get("NEEDLESAFE_URL", "http://127.0.0.1:8080"),
                              os.environ.get("NEEDLESAFE_API_KEY"))
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as file:
            cases.append(json.load(file))
    status = 0
    try:
        first = cases[0]
        assessment = client.assess(first)
        expected = first.get("expected", {}).get("decision")
        print("single", assessment.get("caseId", "-"), assessment["decision"])
        if expected and expected != assessment["decision"]:
            print("expected", expected, file=sys.stderr)
            status = 1
        for case, answer in zip(cases, client.assess_batch(cases)):
            if "errors" in answer:
                print("batch line", answer["line"], "invalid:",
                      "; ".join(e["path"] + ": " + e["message"] for e in answer["errors"]))
                continue
            print("batch", answer.get("caseId", "-"), answer["decision"])
            expected = case.get("expected", {}).get("decision")
            if expected and expected != answer["decision"]:
                status = 1
    except urllib.error.HTTPError as error:
        print("HTTP", error.code, error.read().decode("utf-8"), file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
