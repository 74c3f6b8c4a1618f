package org.govex.catalog.model;

/**
 * A concept of the category scheme (信息资源分类): 类 / 项 / 目 / 细目. {@code code} is the full
 * notation (e.g. {@code 101001} = 类 1, 项 01, 目 001), {@code parentCode} null for a 类.
 */
public record Category(String code, String labelZh, String labelEn, Level level, String parentCode) {

    /** Digits each level adds to the notation. */
    public enum Level {
        CLASS(1, "类"), ITEM(2, "项"), HEADING(3, "目"), SUBHEADING(3, "细目");

        private final int digits;
        private final String labelZh;

        Level(int digits, String labelZh) {
            this.digits = digits;
            this.labelZh = labelZh;
        }

        public int digits() {
            return digits;
        }

        public String labelZh() {
            return labelZh;
        }

        public Level child() {
            return switch (this) {
                case CLASS -> ITEM;
                case ITEM -> HEADING;
                case HEADING, SUBHEADING -> SUBHEADING;
            };
        }

        public static Level ofCodeLength(int length) {
            return switch (length) {
                case 1 -> CLASS;
                case 3 -> ITEM;
                case 6 -> HEADING;
                case 9 -> SUBHEADING;
                default -> throw new IllegalArgumentException("a category code has 1, 3, 6 or 9 digits");
            };
        }
    }
}
