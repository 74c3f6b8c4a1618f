package org.govex.exchange.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import org.govex.schemas.error.Violation;

import java.util.List;

/** Subscriptions: create (the webhook secret is shown once), show state, replay. */
@Path("/api/v1/exchange/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONSUMER_ROLE, Role.ADMIN_ROLE})
public class SubscriptionResource {

    private final SubscriptionService service;
    private final CurrentPrincipal principal;

    public SubscriptionResource(SubscriptionService service, CurrentPrincipal principal) {
        this.service = service;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid SubscriptionBody body) {
        return Response.status(201).entity(service.create(principal.get(), body)).build();
    }

    @GET
    public List<Subscription> mine() {
        return service.mine(principal.get());
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        return service.view(principal.get(), id);
    }

    @POST
    @Path("/{id}/replay")
    public SubscriptionView replay(@PathParam("id") String id, @QueryParam("from") Long from) {
        if (from == null) {
            throw GovexException.invalid("replay needs ?from=<sequence>", List.of(new Violation("from", "required", "from is required")));
        }
        return service.replay(principal.get(), id, from);
    }
}
