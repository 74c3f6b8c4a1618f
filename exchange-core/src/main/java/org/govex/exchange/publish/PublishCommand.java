package org.govex.exchange.publish;

import org.govex.exchange.security.GovexPrincipal;

import java.io.InputStream;

/**
 * A publish request as it enters the publish route; {@code bodyLength} is the body's declared
 * length in bytes ({@code Content-Length}), -1 when not known.
 */
public record PublishCommand(String resourceCode, GovexPrincipal publisher, String idempotencyKey, BatchFormat format,
                             InputStream body, long bodyLength) {

    /** A request whose body's length is not known beforehand. */
    public PublishCommand(String resourceCode, GovexPrincipal publisher, String idempotencyKey, BatchFormat format, InputStream body) {
        this(resourceCode, publisher, idempotencyKey, format, body, -1);
    }
}
