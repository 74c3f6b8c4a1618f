package org.govex.catalog.planning.model;

/** One cell of the U/C matrix: process × data class → C or U. A creator also uses what it creates. */
public record UcRelation(String processCode, String dataClassCode, Usage usage) {
}
