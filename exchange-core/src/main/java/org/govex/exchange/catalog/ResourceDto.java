package org.govex.exchange.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An information resource in the JSON API. On create/update the server ignores version,
 * modified and the observed figures; {@code status} on create may be DRAFT (default) or PUBLISHED.
 * {@code baseDatabase} is {@code population}, {@code legal-entity}, {@code geospatial},
 * {@code macro-economy} or {@code none}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDto(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String code,
        @NotBlank @Size(min = 2, max = 200) String titleZh,
        @Size(max = 200) String titleEn,
        @NotBlank @Size(max = 4000) String summary,
        List<@NotBlank @Size(max = 50) String> keywords,
        @NotBlank @Size(max = 64) String providerCode,
        @NotBlank @Pattern(regexp = "\\d(\\d\\d(\\d{3}(\\d{3})?)?)?") String category,
        @Pattern(regexp = "population|legal-entity|geospatial|macro-economy|none") String baseDatabase,
        @Pattern(regexp = "person|legal-entity|place|indicator") String recordType,
        @Size(max = 32) String format,
        @NotEmpty List<@Valid @NotNull DataItemDto> dataItems,
        @NotNull ShareType shareType,
        @Size(max = 2000) String shareConditions,
        @Size(max = 2000) String legalBasis,
        OpenType openType,
        @NotNull UpdateCycle updateCycle,
        LocalDate issued,
        Instant modified,
        Integer version,
        ResourceStatus status,
        List<@NotBlank String> relatedResources,
        Boolean acceptPartial,
        String harvestSource,
        Instant lastRecordAt,
        Long recordCount,
        Integer subscriberCount) {

    InformationResource toModel() {
        if (status == ResourceStatus.WITHDRAWN) {
            throw GovexException.invalid("status cannot be set to WITHDRAWN here; DELETE the resource",
                    List.of(new Violation("status", "Status.settable", "use DELETE to withdraw")));
        }
        return InformationResource.builder().code(code).title(titleZh, titleEn).summary(summary)
                .keywords(keywords == null ? List.of() : keywords).providerCode(providerCode).category(category)
                .baseDatabase(BaseDatabase.parse(baseDatabase)).recordType(recordType).format(format)
                .dataItems(dataItems.stream().map(DataItemDto::toModel).toList())
                .share(shareType, shareConditions, legalBasis).openType(openType).updateCycle(updateCycle)
                .issued(issued).status(status).relatedResources(relatedResources == null ? List.of() : relatedResources)
                .acceptPartial(Boolean.TRUE.equals(acceptPartial)).build();
    }

    static ResourceDto of(InformationResource r) {
        return new ResourceDto(r.code(), r.titleZh(), r.titleEn(), r.summary(), r.keywords(), r.providerCode(),
                r.category(), r.baseDatabase().id(), r.recordType(), r.format(),
                r.dataItems().stream().map(DataItemDto::of).toList(), r.shareType(), r.shareConditions(),
                r.legalBasis(), r.openType(), r.updateCycle(), r.issued(), r.modified(), r.version(), r.status(),
                r.relatedResources(), r.acceptPartial(), r.harvestSource(), r.lastRecordAt(), r.recordCount(),
                r.subscriberCount());
    }
}
