-- Principals (departments and systems), their API keys (stored as SHA-256 hashes) and
-- small node-wide state. Portable SQL: runs on H2 and PostgreSQL.
CREATE TABLE principal (
    id              VARCHAR(64)  PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    department_code VARCHAR(64),
    roles           VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_key (
    key_id       VARCHAR(32)  PRIMARY KEY,
    principal_id VARCHAR(64)  NOT NULL REFERENCES principal (id),
    key_hash     VARCHAR(64)  NOT NULL UNIQUE,
    label        VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_key_principal ON api_key (principal_id);

CREATE TABLE app_state (
    state_name  VARCHAR(100)  PRIMARY KEY,
    state_value VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
