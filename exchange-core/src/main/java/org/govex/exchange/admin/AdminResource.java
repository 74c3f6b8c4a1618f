package org.govex.exchange.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.govex.exchange.security.ApiKeys;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalDirectory;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;

import java.net.URI;
import java.util.List;

/** Principals and API keys (admin only). */
@Path("/api/v1/admin")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminResource {

    private final PrincipalDirectory directory;

    public AdminResource(PrincipalDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("/principals")
    public List<GovexPrincipal> principals() {
        return directory.list();
    }

    @GET
    @Path("/principals/{id}")
    public GovexPrincipal principal(@PathParam("id") String id) {
        return directory.find(id).orElseThrow(() -> GovexException.notFound("No principal '" + id + "'"));
    }

    @POST
    @Path("/principals")
    public Response createPrincipal(@Valid @NotNull PrincipalRequest request) {
        GovexPrincipal created = directory.create(new GovexPrincipal(request.id(), request.kind(), request.name(),
                request.departmentCode(), request.roles()));
        return Response.created(URI.create("/api/v1/admin/principals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/keys")
    public List<PrincipalDirectory.KeyInfo> keys(@QueryParam("principal") String principalId) {
        return directory.keys(principalId);
    }

    @POST
    @Path("/keys")
    public Response createKey(@Valid @NotNull KeyRequest request) {
        ApiKeys.NewKey key = ApiKeys.generate();
        PrincipalDirectory.KeyInfo info = directory.addKey(request.principalId(), key, request.label());
        return Response.status(201).entity(new IssuedKey(info.keyId(), info.principalId(), info.label(),
                info.createdAt(), key.plaintext())).build();
    }

    @DELETE
    @Path("/keys/{keyId}")
    public Response revokeKey(@PathParam("keyId") String keyId) {
        directory.revokeKey(keyId);
        return Response.noContent().build();
    }
}
