package org.govex.catalog.bench;

import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates a synthetic catalog: realistic Chinese titles and summaries, 20 data items each. */
public final class SyntheticCatalog {

    static final String[] DISTRICTS = {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"};
    static final String[] SUBJECTS = {"户籍", "婚姻", "社会保险", "企业", "纳税人", "不动产", "医疗机构", "学校", "道路运输", "环境监测",
            "食品经营", "药品零售", "建设工程", "公共租赁住房", "养老机构", "残疾人", "退役军人", "农业经营主体", "文物保护单位", "公共自行车"};
    static final String[] KINDS = {"登记信息", "许可信息", "备案信息", "检查结果", "统计数据", "基本信息", "变更记录", "年报信息", "补贴发放信息", "信用评价"};
    static final String[] PROVIDERS = {"hz-gaj", "hz-scjgj", "hz-ghzyj", "hz-tjj", "hz-mzj", "hz-rsj", "hz-wjw", "hz-swj", "hz-fgj", "hz-sjzyj"};
    static final String[] CATEGORIES = {"101001", "101002", "101003", "102001", "102002", "103001", "104001", "201001", "203001", "301001", "304001", "309001", "310001"};
    static final String[] ITEM_NAMES = {"统一社会信用代码", "名称", "公民身份号码", "姓名", "登记日期", "有效期至", "行政区划", "地址", "联系电话", "状态",
            "类别", "金额", "面积", "经度", "纬度", "审批机关", "许可证号", "备注", "更新时间", "经办人"};
    static final String[] FORMATS = {"JSON", "CSV", "XML", "API"};

    private SyntheticCatalog() {
    }

    public static List<InformationResource> generate(int n, long seed) {
        Random rnd = new Random(seed);
        List<InformationResource> out = new ArrayList<>(n);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String district = DISTRICTS[rnd.nextInt(DISTRICTS.length)];
            String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
            String kind = KINDS[rnd.nextInt(KINDS.length)];
            String category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
            List<DataItem> items = new ArrayList<>(20);
            for (int k = 0; k < 20; k++) {
                items.add(new DataItem("f" + k, subject + ITEM_NAMES[k], null, k % 5 == 4 ? "date" : "string", 64, k < 3,
                        Sensitivity.ofLevel(1 + rnd.nextInt(3)), false));
            }
            ShareType share = ShareType.values()[rnd.nextInt(3)];
            out.add(InformationResource.builder()
                    .code(String.format("%s-%06d", category, 100_000 + i))
                    .category(category)
                    .title(district + subject + kind, "Synthetic resource " + i)
                    .summary("杭州市" + district + subject + kind + "，由部门按月汇交，用于" + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "业务协同。")
                    .keywords(subject, district, kind)
                    .providerCode(PROVIDERS[rnd.nextInt(PROVIDERS.length)])
                    .baseDatabase(BaseDatabase.NONE)
                    .format(FORMATS[rnd.nextInt(FORMATS.length)])
                    .dataItems(items)
                    .share(share, share == ShareType.CONDITIONAL ? "按需申请" : null, share == ShareType.UNCONDITIONAL ? null : "《政务信息资源共享管理暂行办法》")
                    .openType(OpenType.values()[rnd.nextInt(3)])
                    .updateCycle(UpdateCycle.values()[rnd.nextInt(UpdateCycle.values().length)])
                    .status(ResourceStatus.PUBLISHED)
                    .modified(t0.plusSeconds(rnd.nextInt(60 * 60 * 24 * 600)))
                    .build());
        }
        return out;
    }
}
