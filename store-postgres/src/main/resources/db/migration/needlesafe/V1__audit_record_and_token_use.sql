-- The audit trail: one row per assessment and per CDS Hooks feedback item, committed before the answer returns.
-- No PHI: the case id only as its salted hash.
CREATE TABLE audit_record (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recorded_at     timestamptz NOT NULL,
    event           text        NOT NULL,
    case_id_hash    text,
    ruleset_version text,
    ruleset_hash    text,
    decision        text,
    fired_rules     text[]      NOT NULL,
    -- The whole record as one JSON object, exactly the line the file sink writes. Text, not jsonb: jsonb refuses
    -- the escaped NUL and lone surrogates that the writer legitimately produces for text received from a client.
    record          text        NOT NULL
);
CREATE INDEX audit_record_recorded_at ON audit_record (recorded_at);
CREATE INDEX audit_record_case_id_hash ON audit_record (case_id_hash);

-- JWT ids already used, by the SHA-256 of issuer and jti, until the token could no longer be accepted anyway.
CREATE TABLE token_use (
    token_hash bytea       PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX token_use_expires_at ON token_use (expires_at);
