package org.govex.exchange.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.govex.exchange.security.Role;

import java.util.List;

/** Read and verify the audit chain (auditors and admins). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Path("/events")
    public List<AuditEvent> events(@QueryParam("after") @DefaultValue("0") long after,
                                   @QueryParam("limit") @DefaultValue("100") int limit,
                                   @QueryParam("action") String action,
                                   @QueryParam("subject") String subject) {
        return trail.list(after, limit, action, subject);
    }

    @GET
    @Path("/verify")
    public ChainVerification verify() {
        return trail.verify();
    }
}
