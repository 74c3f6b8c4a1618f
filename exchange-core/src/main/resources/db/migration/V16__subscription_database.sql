-- The consumer-database channel: where a DATABASE subscription writes (its JDBC URL is the
-- subscription's endpoint). The password is AES-GCM encrypted by the hub (docs/exchange.md).
CREATE TABLE subscription_database (
    subscription_id VARCHAR(40)   PRIMARY KEY,
    table_name      VARCHAR(63)   NOT NULL,
    username        VARCHAR(200),
    password_enc    VARCHAR(1000)
);
