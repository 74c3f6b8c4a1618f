package org.govex.exchange.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.govex.exchange.resource.ShareType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consumer's request for access to a resource (共享申请) and, once granted, the grant: the
 * fields the consumer sees and the sensitive fields it sees unmasked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessRequest(String id, String consumer, String resource, String provider, String purpose,
                            String legalBasis, List<String> fieldsWanted, AccessStatus status, ShareType shareType,
                            List<String> grantedFields, List<String> unmaskedFields, String reason,
                            Instant requestedAt, LocalDate deadline, boolean overdue, Instant decidedAt,
                            String decidedBy, Instant revokedAt) {

    public boolean granted() {
        return status == AccessStatus.GRANTED;
    }
}
