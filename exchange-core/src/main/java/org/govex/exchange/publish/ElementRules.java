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

    List<Violation> check(ResourceDefinition resource, ObjectNode record);
}
