package org.govex.exchange.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category-scheme concept to add or relabel; its level follows from the code's length. */
public record CategoryDto(@NotBlank @Size(max = 100) String labelZh, @Size(max = 200) String labelEn) {
}
