package org.govex.exchange.publish;

import org.govex.exchange.security.GovexPrincipal;

import java.io.InputStream;

/** A publish request as it enters the publish route. */
public record PublishCommand(String resourceCode, GovexPrincipal publisher, String idempotencyKey, BatchFormat format,
                             InputStream body) {
}
