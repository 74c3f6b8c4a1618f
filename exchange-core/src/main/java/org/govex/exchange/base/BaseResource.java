package org.govex.exchange.base;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.govex.schemas.record.BaseDatabase;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.Role;

import java.util.List;

/** Once-only queries of the four base databases. */
@Path("/api/v1/base")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONSUMER_ROLE, Role.ADMIN_ROLE})
public class BaseResource {

    private final BaseQueryService service;
    private final CurrentPrincipal principal;

    public BaseResource(BaseQueryService service, CurrentPrincipal principal) {
        this.service = service;
        this.principal = principal;
    }

    @GET
    @Path("/persons/{idNumber}")
    public GoldenRecord person(@PathParam("idNumber") String idNumber) {
        return service.one(principal.get(), BaseDatabase.POPULATION, idNumber);
    }

    @GET
    @Path("/legal-entities/{uscc}")
    public GoldenRecord legalEntity(@PathParam("uscc") String uscc) {
        return service.one(principal.get(), BaseDatabase.LEGAL_ENTITY, uscc);
    }

    @GET
    @Path("/places/{id}")
    public GoldenRecord place(@PathParam("id") String id) {
        return service.one(principal.get(), BaseDatabase.GEOSPATIAL, id);
    }

    @GET
    @Path("/indicators/{code}")
    public List<GoldenRecord> indicators(@PathParam("code") String code, @QueryParam("region") String region,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.indicators(principal.get(), code, region, from, to);
    }
}
