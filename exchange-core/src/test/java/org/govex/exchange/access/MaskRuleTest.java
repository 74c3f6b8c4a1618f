package org.govex.exchange.access;

import org.govex.exchange.resource.DataItemDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskRuleTest {

    private static DataItemDefinition item(String name, String element) {
        return new DataItemDefinition(name, element, "string", null, false, true, false);
    }

    @Test
    void idNumbersKeepTheDivisionAndTheLastFour() {
        MaskRule rule = MaskRule.forItem(item("idNumber", "person.idNumber"));
        assertThat(rule).isEqualTo(MaskRule.ID_NUMBER);
        assertThat(rule.mask("11010119900307001X")).isEqualTo("110101********001X");
        assertThat(rule.mask("330106198512120012")).isEqualTo("330106********0012");
    }

    @Test
    void namesKeepTheSurname() {
        MaskRule rule = MaskRule.forItem(item("name", "person.name"));
        assertThat(rule.mask("王小明")).isEqualTo("王**");
        assertThat(rule.mask("欧阳娜娜")).isEqualTo("欧***");
        assertThat(rule.mask("李")).isEqualTo("*");
    }

    @Test
    void phonesAndAddressesAndOthers() {
        assertThat(MaskRule.forItem(item("mobilePhone", null)).mask("13812345678")).isEqualTo("138****5678");
        assertThat(MaskRule.forItem(item("domicileAddress", "person.domicileAddress")).mask("浙江省杭州市西湖区文三路100号"))
                .isEqualTo("浙江省杭州市****");
        assertThat(MaskRule.forItem(item("maritalStatus", "person.maritalStatus")).mask("20")).isEqualTo("**");
        assertThat(MaskRule.forItem(item("legalRepresentative", null)).mask("张三")).isEqualTo("张*");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        // 𠀾 (U+2003E) is two UTF-16 units: the surname stays whole, one star per character
        assertThat(MaskRule.NAME.mask("𠀾丽")).isEqualTo("𠀾*");
        assertThat(MaskRule.NAME.mask("王𠀾")).isEqualTo("王*");
        assertThat(MaskRule.GENERIC.mask("𠀾𠀾𠀾")).isEqualTo("𠀾*𠀾");
        assertThat(MaskRule.ADDRESS.mask("𠀾江省杭州市西湖区")).isEqualTo("𠀾江省杭州市****");
        assertThat(MaskRule.ADDRESS.mask("杭州")).isEqualTo("杭*");
        assertThat(MaskRule.ID_NUMBER.mask("12345")).isEqualTo("*****");
        assertThat(MaskRule.PHONE.mask("")).isEmpty();
    }
}
