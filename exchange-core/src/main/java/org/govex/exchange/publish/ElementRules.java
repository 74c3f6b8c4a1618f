package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.schemas.error.Violation;

import java.util.List;

/**
 * The data-element standards a record of a record type must meet (check digits, code lists,
 * periods, geometries...), as the schemas module defines them.
 */
public interface ElementRules {

    List<Violation> check(String recordType, ObjectNode record);
}
