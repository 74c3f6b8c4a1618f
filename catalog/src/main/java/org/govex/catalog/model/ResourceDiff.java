package org.govex.catalog.model;

import java.util.List;

/** What changed from one version of a resource to another. */
public record ResourceDiff(String code, int fromVersion, int toVersion, List<FieldChange> changes) {
}
