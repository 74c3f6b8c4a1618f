/** The information-resource catalog and the planning model, stored as RDF with Apache Jena. */
package org.govex.catalog;
