package org.govex.catalog.planning.model;

/** 职能域: a functional domain, one of a department's areas of responsibility. */
public record FunctionalDomain(String code, String name, String departmentCode) {
}
