package org.govex.catalog.planning.facts;

/** 共享类型: 无条件共享 / 有条件共享 / 不予共享. */
public enum ShareType {
    UNCONDITIONAL, CONDITIONAL, NONE
}
