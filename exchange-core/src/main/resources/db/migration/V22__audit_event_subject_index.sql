-- An auditor's question "what happened to this resource / request / subscription" lists the
-- events of one subject in order: an index, so the list reads the events it returns, not the log.
CREATE INDEX audit_event_subject ON audit_event (subject, seq);
