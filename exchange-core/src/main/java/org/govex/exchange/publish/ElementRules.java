package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.schemas.error.Violation;

import java.util.List;

/**
 * The data-element standards a record must meet (check digits, code lists, periods,
 * geometries, cross-field consistency), as the schemas module defines them.
 */
public interface ElementRules {

    /** The rules for the records of one resource, worked out once for a batch. */
    Checker forResource(ResourceDefinition resource);

    /** Checks one canonical record (declared data items only, in declaration order). */
    interface Checker {
        List<Violation> check(ObjectNode record);
    }
}
