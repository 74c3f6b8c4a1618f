package org.govex.exchange.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API key for a principal. */
public record KeyRequest(@NotBlank String principalId, @Size(max = 200) String label) {
}
