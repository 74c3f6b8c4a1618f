package org.govex.exchange.publish;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceDirectory;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

/** Who may publish to which resource: only its provider (or an admin), only while it is published. */
@ApplicationScoped
public class ResourceGate {

    private final ResourceDirectory directory;

    public ResourceGate(ResourceDirectory directory) {
        this.directory = directory;
    }

    public ResourceDefinition existing(String code) {
        return directory.find(code).orElseThrow(() -> GovexException.notFound("No information resource '" + code + "' in the catalog"));
    }

    public ResourceDefinition forPublish(String code, GovexPrincipal publisher) {
        ResourceDefinition r = existing(code);
        if (r.withdrawn()) {
            throw new GovexException(ProblemKind.GONE, "Resource " + code + " has been withdrawn from the catalog; it takes no records");
        }
        if (!r.published()) {
            throw GovexException.conflict("Resource " + code + " is " + r.state() + ", not yet published; it takes no records");
        }
        if (!publisher.isAdmin() && !r.providerCode().equals(publisher.departmentCode())) {
            throw GovexException.forbidden("Resource " + code + " is provided by '" + r.providerCode() + "'; '"
                    + publisher.id() + "' may not publish to it");
        }
        return r;
    }
}
