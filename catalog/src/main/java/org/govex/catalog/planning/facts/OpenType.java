package org.govex.catalog.planning.facts;

/** 开放属性: 开放 / 有条件开放 / 不予开放. */
public enum OpenType {
    OPEN, CONDITIONAL, NONE
}
