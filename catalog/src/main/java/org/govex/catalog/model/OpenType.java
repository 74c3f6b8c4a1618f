package org.govex.catalog.model;

/** 开放属性: whether the resource is opened to the public (not only shared among departments). */
public enum OpenType {
    /** 开放 */
    OPEN("开放"),
    /** 有条件开放 */
    CONDITIONAL("有条件开放"),
    /** 不予开放 */
    NOT_OPEN("不予开放");

    private final String labelZh;

    OpenType(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
