package org.govex.exchange.filedrop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.adapters.filedrop.BatchGateway;
import org.govex.adapters.filedrop.DropOutcome;
import org.govex.adapters.filedrop.DroppedBatch;
import org.govex.exchange.problem.Problem;
import org.govex.exchange.publish.BatchFormat;
import org.govex.exchange.publish.PublishCommand;
import org.govex.exchange.publish.Publisher;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalDirectory;
import org.govex.exchange.security.Role;
import org.govex.exchange.storage.StorageGuard;
import org.govex.schemas.error.GovexException;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;

/**
 * Publishes a dropped file through the same publish route as the REST API, as the department that
 * owns the folder; the folder name must be a department principal with the provider role.
 */
@ApplicationScoped
public class HubBatchGateway implements BatchGateway {

    private final Publisher publisher;
    private final PrincipalDirectory principals;
    private final ObjectMapper json;
    private final StorageGuard storage;

    public HubBatchGateway(Publisher publisher, PrincipalDirectory principals, ObjectMapper json, StorageGuard storage) {
        this.publisher = publisher;
        this.principals = principals;
        this.json = json;
        this.storage = storage;
    }

    @Override
    public boolean accepting() {
        return storage.roomToWrite();
    }

    @Override
    public DropOutcome submit(DroppedBatch batch) {
        String instance = "drop:" + batch.departmentCode() + "/" + batch.resourceCode() + "/" + batch.fileName();
        try {
            GovexPrincipal owner = principals.find(batch.departmentCode())
                    .filter(p -> p.has(Role.PROVIDER))
                    .orElseThrow(() -> GovexException.forbidden("Folder '" + batch.departmentCode()
                            + "' is not a provider department"));
            PublishCommand cmd = new PublishCommand(batch.resourceCode(), owner, batch.idempotencyKey(),
                    BatchFormat.of(batch.mediaType()), new ByteArrayInputStream(batch.body()));
            return new DropOutcome(true, write(publisher.publish(cmd).receipt()));
        } catch (GovexException g) {
            return refused(g, instance);
        }
    }

    private DropOutcome refused(GovexException g, String instance) {
        return new DropOutcome(false, write(Problem.of(g.kind(), g.typeSuffix(), g.getMessage(), instance, g.violations())));
    }

    private String write(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
