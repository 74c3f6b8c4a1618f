package org.govex.exchange.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value told blank by its first character is the value {@link String#isBlank()} calls blank. */
class BlankValueTest {

    @Test
    void everyFirstCharacterAgreesWithIsBlank() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String rest : new String[]{"", " ", "王", "\u3000", "\uD842\uDFB7"}) {
                String s = (char) c + rest;
                assertThat(BatchValidator.blank(s)).as("U+%04X followed by '%s'", c, rest).isEqualTo(s.isBlank());
            }
        }
        assertThat(BatchValidator.blank("")).isTrue();
        assertThat(BatchValidator.blank("\u3000\u2003 \t")).isTrue();
        assertThat(BatchValidator.blank("浙江省杭州市")).isFalse();
    }
}
