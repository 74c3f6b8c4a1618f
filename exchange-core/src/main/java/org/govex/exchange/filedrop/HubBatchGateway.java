package org.govex.exchange.filedrop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.govex.adapters.filedrop.BatchGateway;
import org.govex.adapters.filedrop.DropOutcome;
import org.govex.adapters.filedrop.DroppedBatch;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.problem.Problem;
import org.govex.exchange.publish.BatchFormat;
import org.govex.exchange.publish.PublishCommand;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalDirectory;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;

/**
 * Publishes a dropped file through the same publish route as the REST API, as the department that
 * owns the folder; the folder name must be a department principal with the provider role.
 */
@ApplicationScoped
public class HubBatchGateway implements BatchGateway {

    private final ProducerTemplate template;
    private final ExchangeConfig config;
    private final PrincipalDirectory principals;
    private final ObjectMapper json;

    public HubBatchGateway(ProducerTemplate template, ExchangeConfig config, PrincipalDirectory principals, ObjectMapper json) {
        this.template = template;
        this.config = config;
        this.principals = principals;
        this.json = json;
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
            AppendRequest.Appended appended = template.requestBody(config.routes().publish(), cmd, AppendRequest.Appended.class);
            return new DropOutcome(true, write(appended.receipt()));
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof GovexException g) {
                return refused(g, instance);
            }
            throw e;
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
