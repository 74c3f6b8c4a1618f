package org.govex.exchange.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.Sensitivity;

/** 信息项 in the API: {@code sensitivity} is the level 1 (public) … 4 (highly sensitive). */
public record DataItemDto(
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}") String name,
        @Size(max = 100) String nameZh,
        @Size(max = 200) String elementId,
        @NotBlank @Pattern(regexp = "string|code|date|datetime|integer|decimal|boolean|geometry") String type,
        @Positive Integer length,
        boolean required,
        @Min(1) @Max(4) Integer sensitivity,
        boolean authoritative) {

    DataItem toModel() {
        return new DataItem(name, nameZh, elementId, type, length, required,
                sensitivity == null ? null : Sensitivity.ofLevel(sensitivity), authoritative);
    }

    static DataItemDto of(DataItem i) {
        return new DataItemDto(i.name(), i.nameZh(), i.elementId(), i.type(), i.length(), i.required(),
                i.sensitivity().level(), i.authoritative());
    }
}
