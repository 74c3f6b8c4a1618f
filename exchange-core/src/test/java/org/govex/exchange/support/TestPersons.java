package org.govex.exchange.support;

import org.govex.schemas.code.CitizenIds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Person records of the demo city with real GB/T 2260 districts and ID numbers whose check digit
 * is right (GB 11643). Hand-checked examples: 330106198512120011, 33010819920315002X.
 */
public final class TestPersons {

    public static final List<String> DISTRICTS = org.govex.exchange.demo.DemoCity.DISTRICTS;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛"};

    private TestPersons() {
    }

    /** The n-th synthetic person: district, birth date and sequence derived from n, check digit computed. */
    public static String idNumber(long n) {
        String district = DISTRICTS.get((int) (n % DISTRICTS.size()));
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays((n * 37) % 20000);
        String seq = String.format("%03d", (n / DISTRICTS.size()) % 1000);
        String first17 = district + birth.toString().replace("-", "") + seq;
        return first17 + CitizenIds.checkCharacter(first17);
    }

    public static String json(long n, String updatedAt) {
        String id = idNumber(n);
        int seq = id.charAt(16) - '0';
        String sex = seq % 2 == 1 ? "1" : "2";
        String name = SURNAMES[(int) (n % SURNAMES.length)] + GIVEN[(int) ((n / 10) % GIVEN.length)]
                + GIVEN[(int) ((n / 7) % GIVEN.length)];
        String birth = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
        return "{\"idNumber\":\"" + id + "\",\"name\":\"" + name + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth
                + "\",\"ethnicity\":\"01\",\"nationality\":\"CHN\",\"domicileDivision\":\"" + id.substring(0, 6)
                + "\",\"domicileAddress\":\"浙江省杭州市" + districtName(id.substring(0, 6)) + "文三路" + (n % 500 + 1) + "号\""
                + ",\"updatedAt\":\"" + updatedAt + "\"}";
    }

    public static String json(long n) {
        return json(n, OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toString());
    }

    public static String array(long from, int count) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(json(from + i));
        }
        return b.append(']').toString();
    }

    static String districtName(String code) {
        return switch (code) {
            case "330102" -> "上城区";
            case "330105" -> "拱墅区";
            case "330106" -> "西湖区";
            case "330108" -> "滨江区";
            case "330109" -> "萧山区";
            default -> "余杭区";
        };
    }
}
