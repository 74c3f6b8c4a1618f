package org.govex.exchange.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a consumer asks for: a resource, why, on what legal basis, which fields. */
public record AccessRequestBody(@NotBlank @Size(max = 64) String resource,
                                @NotBlank @Size(max = 2000) String purpose,
                                @NotBlank @Size(max = 2000) String legalBasis,
                                @NotEmpty List<@NotBlank String> fields) {
}
