package org.govex.exchange.publish;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.security.CurrentPrincipal;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.io.InputStream;
import java.util.List;

/** {@code POST /api/v1/exchange/resources/{code}/records}: publish a batch, get a receipt. */
@Path("/api/v1/exchange/resources/{code}/records")
public class PublishResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final Publisher publisher;
    private final CurrentPrincipal principal;

    public PublishResource(Publisher publisher, CurrentPrincipal principal) {
        this.publisher = publisher;
        this.principal = principal;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PROVIDER_ROLE, Role.ADMIN_ROLE})
    public Response publish(@PathParam("code") String code, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            @Context HttpHeaders headers, InputStream body) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw GovexException.invalid("Idempotency-Key must be 1..200 characters",
                    List.of(new Violation(IDEMPOTENCY_KEY, "length", "1..200 characters")));
        }
        PublishCommand cmd = new PublishCommand(code, principal.get(), idempotencyKey, BatchFormat.of(contentType), body, headers.getLength());
        AppendRequest.Appended appended = publisher.publish(cmd);
        Response.ResponseBuilder rb = Response.ok(appended.receipt());
        if (appended.replayed()) {
            rb.header(REPLAYED, "true");
        }
        return rb.build();
    }
}
