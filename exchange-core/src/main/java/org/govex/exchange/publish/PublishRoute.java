package org.govex.exchange.publish;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalWriter;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publish: check the resource and the publisher, answer a repeated Idempotency-Key with the
 * first receipt, parse, validate, append to the journal and wait for the durable commit.
 * The body ends as an {@link AppendRequest.Appended} (the receipt).
 */
@ApplicationScoped
public class PublishRoute extends RouteBuilder {

    static final String RESOURCE = "govexResource";
    static final String COMMAND = "govexPublish";

    private final ExchangeConfig config;
    private final ResourceGate gate;
    private final Journal journal;
    private final BatchParser parser;
    private final BatchValidator validator;
    private final JournalWriter writer;

    public PublishRoute(ExchangeConfig config, ResourceGate gate, Journal journal, BatchParser parser,
                        BatchValidator validator, JournalWriter writer) {
        this.config = config;
        this.gate = gate;
        this.journal = journal;
        this.parser = parser;
        this.validator = validator;
        this.writer = writer;
    }

    @Override
    public void configure() {
        // refusals travel back to the caller as they are (problem+json), not logged as route failures
        from(config.routes().publish()).routeId("publish").errorHandler(noErrorHandler())
                .process(ex -> {
                    PublishCommand cmd = ex.getIn().getBody(PublishCommand.class);
                    ex.setProperty(COMMAND, cmd);
                    ex.setProperty(RESOURCE, gate.forPublish(cmd.resourceCode(), cmd.publisher()));
                    if (cmd.idempotencyKey() != null) {
                        journal.receipt(cmd.publisher().id(), cmd.resourceCode(), cmd.idempotencyKey())
                                .ifPresent(r -> ex.setProperty("govexReplay", new AppendRequest.Appended(r, true)));
                    }
                })
                .choice()
                    .when(exchangeProperty("govexReplay").isNotNull())
                        .setBody(exchangeProperty("govexReplay"))
                    .otherwise()
                        .process(ex -> {
                            PublishCommand cmd = ex.getProperty(COMMAND, PublishCommand.class);
                            ex.getIn().setBody(parser.read(cmd.format(), cmd.body(), cmd.bodyLength()));
                        }).id("parse")
                        .process(ex -> {
                            ParsedBatch records = ex.getIn().getBody(ParsedBatch.class);
                            ex.getIn().setBody(validator.validate(ex.getProperty(RESOURCE, ResourceDefinition.class), records));
                        }).id("validate")
                        .process(ex -> {
                            PublishCommand cmd = ex.getProperty(COMMAND, PublishCommand.class);
                            ValidatedBatch batch = ex.getIn().getBody(ValidatedBatch.class);
                            AppendRequest request = writer.submit(new AppendRequest(UUID.randomUUID().toString(),
                                    cmd.resourceCode(), cmd.publisher().id(), cmd.idempotencyKey(), batch.accepted(),
                                    batch.digest(), batch.rejections()));
                            ex.getIn().setBody(await(request));
                        }).id("journal")
                .end();
    }

    private static AppendRequest.Appended await(AppendRequest request) throws InterruptedException {
        try {
            return request.result().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GovexException g) {
                throw g;
            }
            throw new GovexException(ProblemKind.INTERNAL, null, "journal append failed", List.of(), e.getCause());
        } catch (TimeoutException e) {
            throw new GovexException(ProblemKind.TIMEOUT, "The journal did not commit within 60 s; the batch may or may not "
                    + "be recorded: retry with the same Idempotency-Key");
        }
    }
}
