package org.govex.catalog.planning.model;

/**
 * 数据类: a subject of data a process creates or uses (a column of the U/C matrix).
 * {@code baseDatabase} is one of {@link BaseDatabase} or {@code null} for departmental data.
 */
public record DataClass(String code, String name, BaseDatabase baseDatabase) {
}
