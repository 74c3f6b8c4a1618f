-- Subscriptions, their delivery state and dead letters.
CREATE TABLE subscription (
    id              VARCHAR(40)   PRIMARY KEY,
    consumer_id     VARCHAR(64)   NOT NULL,
    resource_code   VARCHAR(64)   NOT NULL,
    grant_id        VARCHAR(40)   NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    endpoint        VARCHAR(2000),
    secret          VARCHAR(200),
    division_prefix VARCHAR(12),
    status          VARCHAR(16)   NOT NULL,
    cursor_seq      BIGINT        NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    delivered_count BIGINT        NOT NULL,
    last_delivered_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subscription_resource ON subscription (resource_code, status);

CREATE TABLE dead_letter (
    id              VARCHAR(40)   PRIMARY KEY,
    subscription_id VARCHAR(40)   NOT NULL,
    first_seq       BIGINT        NOT NULL,
    last_seq        BIGINT        NOT NULL,
    event_count     INTEGER       NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dead_letter_subscription ON dead_letter (subscription_id, first_seq);
