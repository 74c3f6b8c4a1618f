package org.govex.exchange.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govex.exchange.delivery.database.DatabaseTargetBody;

/**
 * A new subscription: the resource, the channel, the webhook URL (for WEBHOOK), the consumer's
 * database (for DATABASE), an optional division-code prefix filter (e.g. {@code 330106} for 西湖区)
 * and where to start ({@code fromSequence}, default: only records published from now on).
 */
public record SubscriptionBody(@NotBlank @Size(max = 64) String resource,
                               @NotNull ChannelType channel,
                               @Size(max = 2000) @Pattern(regexp = "https?://.+") String endpoint,
                               @Pattern(regexp = "[0-9]{2,12}") String divisionPrefix,
                               Long fromSequence,
                               @Valid DatabaseTargetBody database) {
}
