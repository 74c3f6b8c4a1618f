package org.govex.catalog.planning.model;

/** 业务活动: an activity, the smallest step of a business process. */
public record Activity(String code, String name, String processCode) {
}
