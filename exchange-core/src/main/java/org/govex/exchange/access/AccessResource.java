package org.govex.exchange.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;

import java.util.List;

/** Access requests (共享申请), decisions, revocations. */
@Path("/api/v1/exchange/access-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {

    private final AccessService service;
    private final CurrentPrincipal principal;

    public AccessResource(AccessService service, CurrentPrincipal principal) {
        this.service = service;
        this.principal = principal;
    }

    @POST
    @RolesAllowed({Role.CONSUMER_ROLE, Role.ADMIN_ROLE})
    public Response request(@Valid AccessRequestBody body) {
        AccessRequest ar = service.request(principal.get(), body);
        return Response.status(ar.granted() ? 201 : 202).entity(ar).build();
    }

    @GET
    @RolesAllowed({Role.CONSUMER_ROLE, Role.PROVIDER_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public List<AccessRequest> list(@QueryParam("status") AccessStatus status,
                                    @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return service.list(principal.get(), status, overdue);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CONSUMER_ROLE, Role.PROVIDER_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
    public AccessRequest get(@PathParam("id") String id) {
        AccessRequest ar = service.find(id).orElseThrow(() -> GovexException.notFound("No access request " + id));
        var p = principal.get();
        if (!p.isAdmin() && !p.has(Role.AUDITOR) && !ar.consumer().equals(p.id()) && !ar.provider().equals(p.departmentCode())) {
            throw GovexException.notFound("No access request " + id);
        }
        return ar;
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    public AccessRequest decide(@PathParam("id") String id, @Valid DecisionBody body) {
        return service.decide(principal.get(), id, body);
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    public AccessRequest revoke(@PathParam("id") String id, RevokeBody body) {
        return service.revoke(principal.get(), id, body == null ? null : body.reason());
    }

    /** Why a grant is revoked. */
    public record RevokeBody(String reason) {
    }
}
