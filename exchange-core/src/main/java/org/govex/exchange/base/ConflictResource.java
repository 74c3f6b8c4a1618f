package org.govex.exchange.base;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.govex.exchange.security.Role;

import java.util.List;

/** Conflicting values between sources, for planners (一数一源 audit). */
@Path("/api/v1/exchange/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
public class ConflictResource {

    private final BaseStore store;

    public ConflictResource(BaseStore store) {
        this.store = store;
    }

    @GET
    public List<Conflict> list(@QueryParam("base") String base, @QueryParam("key") String key,
                               @QueryParam("limit") @DefaultValue("100") long limit) {
        return store.conflicts(base, key, limit);
    }
}
