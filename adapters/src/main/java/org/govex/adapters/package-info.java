/**
 * Camel connectors at the edges of the hub: file drop, webhook, Kafka, JDBC front-end.
 * Depends on {@code schemas} only; the hub wires these into its routes.
 */
package org.govex.adapters;
