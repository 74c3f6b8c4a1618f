package org.govex.catalog.model;

/**
 * 信息资源提供方: a department or an administration, with its place in the hierarchy
 * (a city bureau under a city, under a province). The code equals the principal id of the
 * department in the hub.
 */
public record Provider(String code, String nameZh, String nameEn, String parentCode, String divisionCode, Level level) {

    public enum Level { PROVINCE, CITY, DISTRICT, DEPARTMENT }
}
