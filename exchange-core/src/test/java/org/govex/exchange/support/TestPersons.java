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
        StringBuilder id = new StringBuilder(18).append(district).append(birth.getYear());
        appendPadded(id, birth.getMonthValue(), 2);
        appendPadded(id, birth.getDayOfMonth(), 2);
        appendPadded(id, (n / DISTRICTS.size()) % 1000, 3);
        return id.append(CitizenIds.checkCharacter(id)).toString();
    }

    public static String json(long n, String updatedAt) {
        StringBuilder b = new StringBuilder(300);
        appendPerson(b, n, idNumber(n), updatedAt);
        return b.append('}').toString();
    }

    /** The person of the standard, all but the closing brace. */
    private static void appendPerson(StringBuilder b, long n, String id, String updatedAt) {
        String district = id.substring(0, 6);
        b.append("{\"idNumber\":\"").append(id).append("\",\"name\":\"").append(SURNAMES[(int) (n % SURNAMES.length)])
                .append(GIVEN[(int) ((n / 10) % GIVEN.length)]).append(GIVEN[(int) ((n / 7) % GIVEN.length)])
                .append("\",\"sex\":\"").append((id.charAt(16) - '0') % 2 == 1 ? '1' : '2')
                .append("\",\"birthDate\":\"").append(id, 6, 10).append('-').append(id, 10, 12).append('-').append(id, 12, 14)
                .append("\",\"ethnicity\":\"01\",\"nationality\":\"CHN\",\"domicileDivision\":\"").append(district)
                .append("\",\"domicileAddress\":\"浙江省杭州市").append(districtName(district)).append("文三路").append(n % 500 + 1)
                .append("号\",\"updatedAt\":\"").append(updatedAt).append('"');
    }

    private static final String[] NATIVE_PLACES = {"浙江省杭州市", "浙江省绍兴市", "浙江省温州市", "江苏省苏州市", "安徽省安庆市",
        "江西省上饶市", "福建省宁德市", "河南省信阳市"};
    private static final String[] OCCUPATIONS = {"软件和信息技术服务人员", "中小学教育教师", "临床和口腔医师", "公务员",
        "工程技术人员", "批发与零售服务人员", "机械制造加工人员", "个体工商户"};
    private static final String[] EMPLOYERS = {"杭州西溪信息技术有限公司", "杭州市学军中学", "杭州市第一人民医院",
        "杭州市西湖区文新街道办事处", "杭州钱塘智能装备制造有限公司", "杭州湖滨商贸有限公司"};
    private static final String[] ESTATES = {"华星花园", "嘉绿苑", "文鼎苑", "古荡新村", "翠苑一区", "耀江文鼎苑"};
    private static final String[] STATIONS = {"文新", "翠苑", "古荡", "北山", "西溪", "蒋村"};
    private static final String[] EDUCATION = {"10", "20", "30", "60", "70", "80"}; // GB/T 4658
    private static final String[] RELATION = {"02", "11", "12", "20", "30"}; // GB/T 4761
    private static final String[] FORMER_STREETS = {"浙江省绍兴市越城区府山街道解放北路", "浙江省温州市鹿城区五马街道解放街",
        "江苏省苏州市姑苏区平江街道干将东路", "安徽省安庆市迎江区人民路街道人民路", "江西省上饶市信州区东市街道中山路"};
    private static final String[] MOVE_IN = {"出生登记", "工作调动", "投靠亲属", "大中专院校毕业分配", "购房落户"};

    /**
     * The n-th person as the household register holds them: {@link #json(long, String)} plus the
     * register's own items of the demo population resource (现住址, 联系电话, 服务处所, 户号…),
     * about 1 KB of UTF-8; the extra values are derived from n.
     */
    public static String full(long n, String updatedAt) {
        return appendFull(new StringBuilder(1100), n, updatedAt).toString();
    }

    /** {@link #full(long, String)} appended to {@code b} (the load harness writes a batch into one builder). */
    public static StringBuilder appendFull(StringBuilder b, long n, String updatedAt) {
        String id = idNumber(n);
        appendPerson(b, n, id, updatedAt);
        String district = id.substring(0, 6);
        String residence = DISTRICTS.get((int) ((n / 3) % DISTRICTS.size()));
        String surname = SURNAMES[(int) (n % SURNAMES.length)];
        int i = (int) (n % 997);
        String moveIn = LocalDate.of(2000, 1, 1).plusDays((n * 53) % 9000).toString();
        b.append(",\"formerName\":\"").append(surname).append(GIVEN[(int) ((n / 3) % GIVEN.length)]).append("\"");
        b.append(",\"birthPlace\":\"浙江省杭州市").append(districtName(district)).append("\"");
        b.append(",\"nativePlace\":\"").append(NATIVE_PLACES[i % NATIVE_PLACES.length]).append("\"");
        b.append(",\"education\":\"").append(EDUCATION[i % EDUCATION.length]).append("\"");
        b.append(",\"militaryService\":\"").append(i % 4 == 0 ? "2" : "1").append("\"");
        b.append(",\"occupation\":\"").append(OCCUPATIONS[i % OCCUPATIONS.length]).append("\"");
        b.append(",\"employer\":\"").append(EMPLOYERS[i % EMPLOYERS.length]).append("\"");
        b.append(",\"residenceDivision\":\"").append(residence).append("\"");
        b.append(",\"residenceAddress\":\"浙江省杭州市").append(districtName(residence)).append(STATIONS[i % STATIONS.length])
                .append("街道文三路").append(n % 500 + 1).append("号").append(ESTATES[i % ESTATES.length]).append(i % 30 + 1)
                .append("幢").append(i % 4 + 1).append("单元").append(i % 18 + 1).append("0").append(i % 4 + 1).append("室\"");
        b.append(",\"phone\":\"1").append(3 + i % 7).append(padded((n * 7919) % 1_000_000_000L, 9)).append('"');
        b.append(",\"householdType\":\"").append(i % 9 == 0 ? "集体户" : "家庭户").append("\"");
        b.append(",\"householdNumber\":\"").append(padded(n / 3, 9)).append("\"");
        b.append(",\"householdHeadName\":\"").append(surname).append(GIVEN[(int) ((n / 11) % GIVEN.length)])
                .append(GIVEN[(int) ((n / 5) % GIVEN.length)]).append("\"");
        b.append(",\"relationToHead\":\"").append(RELATION[i % RELATION.length]).append("\"");
        b.append(",\"moveInDate\":\"").append(moveIn).append("\"");
        b.append(",\"moveInReason\":\"").append(MOVE_IN[i % MOVE_IN.length]).append("\"");
        b.append(",\"moveInFrom\":\"").append(FORMER_STREETS[i % FORMER_STREETS.length])
                .append(n % 300 + 1).append("号").append(i % 12 + 1).append("幢").append(i % 6 + 1).append("0").append(i % 3 + 1).append("室\"");
        b.append(",\"remarks\":\"").append(2000 + (int) ((n * 53) % 9000) / 365).append("年").append(MOVE_IN[i % MOVE_IN.length])
                .append("迁入本址，户籍信息已与人口基础信息库核对一致\"");
        b.append(",\"registrationAuthority\":\"杭州市公安局").append(districtName(district)).append("分局")
                .append(STATIONS[(i / 6) % STATIONS.length]).append("派出所\"");
        return b.append('}');
    }

    /** {@code value} with leading zeros to {@code digits} (the load harness makes 30,000 records a second: no String.format). */
    static String padded(long value, int digits) {
        return appendPadded(new StringBuilder(digits), value, digits).toString();
    }

    private static StringBuilder appendPadded(StringBuilder b, long value, int digits) {
        for (long limit = 10, d = 1; d < digits; d++, limit *= 10) {
            if (value < limit) {
                b.append('0');
            }
        }
        return b.append(value);
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
