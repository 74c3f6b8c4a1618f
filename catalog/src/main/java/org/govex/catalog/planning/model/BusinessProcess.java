package org.govex.catalog.planning.model;

/** 业务过程: a business process of a functional domain (a row of the U/C matrix). */
public record BusinessProcess(String code, String name, String domainCode) {
}
