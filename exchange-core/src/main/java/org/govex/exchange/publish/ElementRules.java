package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.schemas.error.Violation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

        /**
         * The data items whose values {@link #check} reads (null: any): a record holding only
         * these of its canonical values gets the same verdict as the whole record.
         */
        default Set<String> reads() {
            return null;
        }

        static Checker reading(Set<String> reads, Function<ObjectNode, List<Violation>> check) {
            return new Checker() {
                @Override
                public List<Violation> check(ObjectNode record) {
                    return check.apply(record);
                }

                @Override
                public Set<String> reads() {
                    return reads;
                }
            };
        }
    }
}
