-- Access requests (共享申请) and the grants they become.
CREATE TABLE access_request (
    id              VARCHAR(40)   PRIMARY KEY,
    consumer_id     VARCHAR(64)   NOT NULL,
    resource_code   VARCHAR(64)   NOT NULL,
    provider_code   VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(2000) NOT NULL,
    legal_basis     VARCHAR(2000) NOT NULL,
    fields_wanted   VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    share_type      VARCHAR(16)   NOT NULL,
    granted_fields  VARCHAR(4000),
    unmasked_fields VARCHAR(4000),
    reason          VARCHAR(2000),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline        DATE,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(64),
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_request_consumer ON access_request (consumer_id, resource_code, status);
CREATE INDEX access_request_provider ON access_request (provider_code, status);
