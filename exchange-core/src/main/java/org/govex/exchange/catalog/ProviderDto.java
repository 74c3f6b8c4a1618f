package org.govex.exchange.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govex.catalog.model.Provider;

/** A provider (department or administration) to register. */
public record ProviderDto(@NotBlank @Size(max = 100) String nameZh, @Size(max = 200) String nameEn,
                          @Size(max = 64) String parentCode, @Pattern(regexp = "\\d{6}") String divisionCode,
                          @NotNull Provider.Level level) {
}
