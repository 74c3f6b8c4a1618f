#!/usr/bin/env python3
"""Writes the demo planning model of Hangzhou (杭州市 330100) as JSON.

The JSON is the source the demo ships; ModelFiles (catalog test sources) turns it into the XLSX
and CSV forms. Known defects, asserted by name in the tests (docs/planning.md §6):
  duplicate sources: DC-RK-JBXX (hz-gaj, hz-rsj), DC-FR-JBXX (hz-scjgj, hz-swj), DC-DL-BZDZ (hz-gaj, hz-mzj)
  gaps (no published resource): DC-FG-ZFBZ, DC-JJ-JJPC, DC-JY-XJXX (also nobody creates it),
    DC-FG-WQBA (mapped to a draft), DC-RK-JZZ (mapped to a withdrawn entry), DC-DL-BZDZ (also a duplicate)
  not shared: DC-WJ-JZJL (only a 不予共享 resource while 人社 uses it)
  covered: DC-RK-HYXX, DC-RK-CBXX, DC-FR-SHZZ, DC-DL-DKXX, DC-DL-BDCDJ, DC-DL-XZQH, DC-JJ-GDP, DC-JJ-CPI, DC-RK-JYXX
  unused: DC-MZ-BZFW
  orphans (published, unmapped): 104002-000001, 203001-000001, 310001-000001
Usage: python3 tools/planning/hangzhou_model.py > exchange-core/src/main/resources/demo/planning/hangzhou-planning.json
"""
import json
import sys

DEPARTMENTS = [
    ("hz-gaj", "杭州市公安局"), ("hz-scjgj", "杭州市市场监督管理局"), ("hz-ghzyj", "杭州市规划和自然资源局"),
    ("hz-tjj", "杭州市统计局"), ("hz-mzj", "杭州市民政局"), ("hz-rsj", "杭州市人力资源和社会保障局"),
    ("hz-wjw", "杭州市卫生健康委员会"), ("hz-swj", "国家税务总局杭州市税务局"), ("hz-fgj", "杭州市住房保障和房产管理局"),
    ("hz-sjzyj", "杭州市数据资源管理局"),
]

P, L, G, M, D = "population", "legal-entity", "geospatial", "macro-economy", None
DATA_CLASSES = [
    ("DC-RK-JBXX", "人口基本信息", P), ("DC-RK-HJBD", "户籍迁移信息", P), ("DC-RK-CSXX", "出生医学证明信息", P),
    ("DC-RK-SWXX", "死亡信息", P), ("DC-RK-HYXX", "婚姻登记信息", P), ("DC-RK-JZZ", "居住证信息", P),
    ("DC-RK-CRJZJ", "出入境证件信息", P), ("DC-RK-JYXX", "就业登记信息", P), ("DC-RK-CBXX", "社会保险参保信息", P),
    ("DC-RK-DBXX", "最低生活保障对象信息", P),
    ("DC-FR-JBXX", "法人基本信息", L), ("DC-FR-BGDJ", "企业变更登记信息", L), ("DC-FR-ZXDJ", "企业注销信息", L),
    ("DC-FR-XZXK", "行政许可信息", L), ("DC-FR-XZCF", "行政处罚信息", L), ("DC-FR-JYYC", "经营异常名录", L),
    ("DC-FR-NSXY", "纳税信用等级", L), ("DC-FR-SHZZ", "社会组织登记信息", L),
    ("DC-DL-XZQH", "行政区划", G), ("DC-DL-BZDZ", "标准地址", G), ("DC-DL-JCDL", "基础地理信息", G),
    ("DC-DL-TDLY", "土地利用现状", G), ("DC-DL-GHYT", "国土空间规划用途", G), ("DC-DL-BDCDJ", "不动产登记信息", G),
    ("DC-DL-FWJZ", "房屋建筑信息", G), ("DC-DL-DKXX", "宗地信息", G),
    ("DC-JJ-GDP", "地区生产总值", M), ("DC-JJ-CZSS", "财政税收收入", M), ("DC-JJ-JYTJ", "就业和工资统计", M),
    ("DC-JJ-RKTJ", "人口统计数据", M), ("DC-JJ-FDCTJ", "房地产市场统计", M), ("DC-JJ-JJPC", "经济普查数据", M),
    ("DC-JJ-CPI", "居民消费价格指数", M),
    ("DC-GA-JDCXX", "机动车登记信息", D), ("DC-GA-JSZXX", "驾驶证信息", D), ("DC-GA-WFXX", "交通违法信息", D),
    ("DC-WJ-JZJL", "诊疗记录", D), ("DC-WJ-YMJZ", "预防接种信息", D), ("DC-WJ-YLJG", "医疗机构信息", D),
    ("DC-RS-YLJ", "养老保险待遇发放信息", D), ("DC-RS-ZYZG", "职业资格证书信息", D), ("DC-SW-JSXX", "纳税申报信息", D),
    ("DC-SW-FP", "发票信息", D), ("DC-FG-WQBA", "商品房网签备案信息", D), ("DC-FG-ZFBZ", "住房保障资格信息", D),
    ("DC-FG-ZLHT", "房屋租赁备案信息", D), ("DC-MZ-JZDX", "临时救助对象信息", D), ("DC-MZ-BZFW", "殡葬服务信息", D),
    ("DC-SJ-GXRZ", "共享调度日志", D), ("DC-SJ-DZZZ", "电子证照信息", D), ("DC-SJ-GGXY", "公共信用信息", D),
    ("DC-SC-ZLJC", "产品质量抽检信息", D), ("DC-JY-XJXX", "学籍信息", D),
]

# department → [(domain code, domain name, [(process code suffix, name, creates, uses)])]
def c(*codes):
    return ["DC-" + x for x in codes]

MODEL = {
    "hz-gaj": [
        ("GA-HJ", "户籍管理", [
            ("01", "户口登记", c("RK-JBXX"), c("RK-CSXX", "DL-BZDZ", "RK-HYXX")),
            ("02", "户口迁移", c("RK-HJBD"), c("RK-JBXX", "DL-BZDZ", "DL-BDCDJ", "RK-HYXX")),
            ("03", "户口注销", [], c("RK-SWXX", "RK-JBXX")),
            ("04", "居住证办理", c("RK-JZZ"), c("RK-JBXX", "FG-ZLHT", "DL-BZDZ", "RK-CBXX")),
        ]),
        ("GA-DZ", "门楼牌管理", [("01", "门楼牌编制", c("DL-BZDZ"), c("DL-JCDL", "DL-XZQH", "DL-FWJZ"))]),
        ("GA-CRJ", "出入境管理", [("01", "出入境证件签发", c("RK-CRJZJ"), c("RK-JBXX"))]),
        ("GA-JT", "交通管理", [
            ("01", "机动车登记", c("GA-JDCXX"), c("RK-JBXX", "FR-JBXX")),
            ("02", "驾驶人管理", c("GA-JSZXX"), c("RK-JBXX")),
            ("03", "交通违法处理", c("GA-WFXX"), c("GA-JDCXX", "GA-JSZXX")),
        ]),
        ("GA-ZA", "治安管理", [
            ("01", "流动人口管理", [], c("RK-JZZ", "FG-ZLHT", "DL-BZDZ", "RK-JBXX")),
            ("02", "特种行业许可", [], c("FR-JBXX", "FR-XZXK")),
        ]),
    ],
    "hz-scjgj": [
        ("SC-DJ", "登记注册", [
            ("01", "企业设立登记", c("FR-JBXX"), c("RK-JBXX", "DL-BZDZ", "DL-XZQH")),
            ("02", "企业变更登记", c("FR-BGDJ"), c("FR-JBXX", "RK-JBXX")),
            ("03", "企业注销登记", c("FR-ZXDJ"), c("FR-JBXX", "SW-JSXX")),
            ("04", "个体工商户登记", c("FR-JBXX"), c("RK-JBXX", "DL-BZDZ")),
        ]),
        ("SC-XY", "信用监管", [
            ("01", "经营异常名录管理", c("FR-JYYC"), c("FR-JBXX")),
            ("02", "行政处罚", c("FR-XZCF"), c("FR-JBXX", "SC-ZLJC")),
            ("03", "企业年报公示", [], c("FR-JBXX", "FR-NSXY")),
        ]),
        ("SC-ZL", "质量与许可", [
            ("01", "食品经营许可", c("FR-XZXK"), c("FR-JBXX", "DL-BZDZ")),
            ("02", "产品质量抽检", c("SC-ZLJC"), c("FR-JBXX", "FR-XZXK")),
        ]),
    ],
    "hz-ghzyj": [
        ("GH-GH", "国土空间规划", [
            ("01", "国土空间规划编制", c("DL-GHYT"), c("DL-TDLY", "DL-JCDL", "JJ-RKTJ", "JJ-GDP")),
            ("02", "建设项目用地审批", [], c("DL-GHYT", "DL-DKXX", "FR-JBXX")),
        ]),
        ("GH-BDC", "不动产登记", [
            ("01", "不动产首次登记", c("DL-BDCDJ"), c("DL-DKXX", "DL-FWJZ", "RK-JBXX", "FR-JBXX")),
            ("02", "不动产转移登记", c("DL-BDCDJ"), c("FG-WQBA", "RK-JBXX", "RK-HYXX", "SW-JSXX")),
            ("03", "不动产抵押登记", [], c("DL-BDCDJ", "FR-JBXX")),
        ]),
        ("GH-CH", "测绘与调查", [
            ("01", "基础测绘", c("DL-JCDL"), c("DL-XZQH")),
            ("02", "国土调查", c("DL-TDLY"), c("DL-JCDL")),
            ("03", "地籍调查", c("DL-DKXX"), c("DL-JCDL", "DL-XZQH")),
        ]),
    ],
    "hz-tjj": [
        ("TJ-DC", "统计调查", [
            ("01", "经济普查", c("JJ-JJPC"), c("FR-JBXX", "DL-XZQH", "SW-JSXX")),
            ("02", "人口抽样调查", c("JJ-RKTJ"), c("RK-JBXX", "DL-XZQH")),
            ("03", "劳动工资统计", c("JJ-JYTJ"), c("RK-CBXX", "FR-JBXX")),
            ("04", "价格调查", c("JJ-CPI"), []),
        ]),
        ("TJ-HS", "核算与发布", [
            ("01", "地区生产总值核算", c("JJ-GDP"), c("JJ-CZSS", "JJ-JJPC", "JJ-FDCTJ")),
            ("02", "统计公报发布", [], c("JJ-GDP", "JJ-RKTJ", "JJ-CPI", "JJ-JYTJ")),
        ]),
    ],
    "hz-mzj": [
        ("MZ-HY", "婚姻登记", [
            ("01", "结婚登记", c("RK-HYXX"), c("RK-JBXX")),
            ("02", "离婚登记", c("RK-HYXX"), c("RK-JBXX")),
        ]),
        ("MZ-JZ", "社会救助", [
            ("01", "最低生活保障审批", c("RK-DBXX"), c("RK-JBXX", "RK-CBXX", "DL-BDCDJ", "GA-JDCXX", "RS-YLJ", "JJ-CPI")),
            ("02", "临时救助", c("MZ-JZDX"), c("RK-JBXX", "RK-DBXX")),
            ("03", "特困人员供养", [], c("RK-JBXX", "RK-DBXX", "RK-SWXX")),
        ]),
        ("MZ-ZZ", "社会组织管理", [("01", "社会组织登记", c("FR-SHZZ"), c("RK-JBXX", "DL-BZDZ"))]),
        ("MZ-DM", "区划地名管理", [
            ("01", "行政区划管理", c("DL-XZQH"), []),
            ("02", "地名管理", c("DL-BZDZ"), c("DL-XZQH", "DL-JCDL")),
        ]),
        ("MZ-BZ", "殡葬管理", [("01", "殡葬服务", [], c("RK-SWXX", "RK-JBXX"))]),
    ],
    "hz-rsj": [
        ("RS-SB", "社会保险", [
            ("01", "参保登记", c("RK-CBXX", "RK-JBXX"), c("FR-JBXX")),
            ("02", "养老金发放", c("RS-YLJ"), c("RK-CBXX", "RK-SWXX", "RK-JBXX")),
            ("03", "医保结算", [], c("WJ-JZJL", "RK-CBXX", "WJ-YLJG")),
        ]),
        ("RS-JY", "就业服务", [
            ("01", "就业登记", c("RK-JYXX"), c("RK-JBXX", "FR-JBXX", "RK-JZZ")),
            ("02", "职业资格认定", c("RS-ZYZG"), c("RK-JBXX")),
            ("03", "失业保险金申领", [], c("RK-JYXX", "RK-CBXX", "FR-ZXDJ")),
        ]),
    ],
    "hz-wjw": [
        ("WJ-FY", "妇幼健康", [
            ("01", "出生医学证明签发", c("RK-CSXX"), c("RK-JBXX", "WJ-YLJG")),
            ("02", "预防接种", c("WJ-YMJZ"), c("RK-CSXX", "JY-XJXX")),
        ]),
        ("WJ-YL", "医疗服务", [
            ("01", "诊疗服务", c("WJ-JZJL"), c("RK-JBXX", "RK-CBXX")),
            ("02", "医疗机构执业登记", c("WJ-YLJG"), c("FR-JBXX", "DL-BZDZ")),
            ("03", "死亡医学证明签发", c("RK-SWXX"), c("RK-JBXX")),
        ]),
        ("WJ-JK", "健康管理", [("01", "居民健康档案管理", [], c("RK-JBXX", "WJ-JZJL", "WJ-YMJZ", "JJ-RKTJ"))]),
    ],
    "hz-swj": [
        ("SW-DJ", "税务登记", [
            ("01", "税务登记", c("FR-JBXX"), c("FR-BGDJ", "RK-JBXX")),
            ("02", "清税注销", [], c("FR-ZXDJ", "SW-JSXX")),
        ]),
        ("SW-ZS", "征收管理", [
            ("01", "纳税申报", c("SW-JSXX"), c("FR-JBXX")),
            ("02", "发票管理", c("SW-FP"), c("FR-JBXX")),
            ("03", "契税征收", [], c("FG-WQBA", "DL-BDCDJ", "RK-HYXX", "RK-JBXX")),
            ("04", "社保费征收", [], c("RK-CBXX", "FR-JBXX")),
            ("05", "车船税征收", [], c("GA-JDCXX")),
        ]),
        ("SW-XY", "纳税信用与统计", [
            ("01", "纳税信用评价", c("FR-NSXY"), c("SW-JSXX", "FR-XZCF", "FR-JYYC")),
            ("02", "税收统计", c("JJ-CZSS"), c("SW-JSXX")),
        ]),
    ],
    "hz-fgj": [
        ("FG-JY", "房产交易", [
            ("01", "商品房网签备案", c("FG-WQBA"), c("RK-JBXX", "FR-JBXX", "DL-BDCDJ", "RK-HYXX")),
            ("02", "购房资格审核", [], c("RK-JBXX", "RK-HYXX", "RK-CBXX", "DL-BDCDJ")),
            ("03", "房屋租赁登记备案", c("FG-ZLHT"), c("RK-JBXX", "DL-FWJZ")),
            ("04", "房地产市场监测", c("JJ-FDCTJ"), c("FG-WQBA")),
        ]),
        ("FG-BZ", "住房保障", [
            ("01", "保障房资格审核", c("FG-ZFBZ"), c("RK-JBXX", "RK-DBXX", "DL-BDCDJ", "RK-CBXX", "RK-HYXX")),
            ("02", "公租房配租", [], c("FG-ZFBZ", "DL-FWJZ")),
        ]),
        ("FG-FW", "房屋管理", [("01", "楼盘表管理", c("DL-FWJZ"), c("DL-JCDL", "DL-BZDZ", "DL-DKXX"))]),
    ],
    "hz-sjzyj": [
        ("SJ-GX", "数据共享", [
            ("01", "共享调度", c("SJ-GXRZ"), []),
            ("02", "电子证照归集", c("SJ-DZZZ"), c("RK-JBXX", "FR-JBXX", "RK-HYXX", "GA-JSZXX", "RS-ZYZG")),
        ]),
        ("SJ-XY", "公共信用", [("01", "公共信用信息归集", c("SJ-GGXY"), c("FR-XZCF", "FR-JYYC", "FR-NSXY", "GA-WFXX", "FR-JBXX"))]),
        ("SJ-TB", "一网通办", [
            ("01", "出生一件事联办", [], c("RK-CSXX", "RK-JBXX", "RK-CBXX", "WJ-YMJZ", "SJ-DZZZ")),
            ("02", "企业开办一件事联办", [], c("FR-JBXX", "FR-XZXK", "SJ-DZZZ", "SW-FP")),
            ("03", "身后一件事联办", [], c("RK-SWXX", "RK-JBXX", "RS-YLJ", "DL-BDCDJ", "GA-JDCXX")),
            ("04", "城市数据驾驶舱", [], c("JJ-GDP", "JJ-CZSS", "JJ-CPI", "JJ-RKTJ")),
        ]),
    ],
}

# 业务活动: the steps of a government service (受理 → 审核 → 决定/办结)
STEPS = [("01", "受理"), ("02", "审核"), ("03", "办结")]

# data class → [(catalog resource code, [data elements])], codes of org.govex.exchange.demo.DemoCatalog
def person(*fields):
    return ["person." + f for f in fields]

MAPPINGS = {
    "DC-RK-JBXX": [("101001-000001", person("idNumber", "name", "sex", "birthDate", "ethnicity", "nationality",
                                              "domicileDivision", "domicileAddress"))],   # 人口基本信息, 公安
    "DC-RK-HYXX": [("101002-000001", person("idNumber", "name", "maritalStatus"))],       # 婚姻登记信息, 民政
    "DC-RK-CBXX": [("101003-000001", person("idNumber", "name"))],                        # 社会保险参保人员信息, 人社
    "DC-FR-JBXX": [("102001-000001", ["legal-entity.uscc", "legal-entity.name", "legal-entity.entityType",
                                       "legal-entity.legalRepresentative", "legal-entity.registeredAddress"]),
                   ("102002-000001", ["legal-entity.uscc", "legal-entity.name"])],        # 法人单位基本信息 + 纳税人登记信息
    "DC-FR-SHZZ": [("102003-000001", ["legal-entity.uscc", "legal-entity.name"])],        # 社会组织登记信息
    "DC-DL-DKXX": [("103001-000001", ["place.featureId", "place.parcelCode", "place.geometry", "place.area"])],
    "DC-DL-BDCDJ": [("103001-000001", ["place.parcelCode"])],                            # 不动产登记宗地信息
    "DC-DL-XZQH": [("103002-000001", ["place.divisionCode", "place.geometry"])],         # 行政区划界线信息
    "DC-JJ-GDP": [("104001-000001", ["indicator.indicatorCode", "indicator.value"])],    # 国民经济主要指标
    "DC-JJ-CPI": [("104001-000001", ["indicator.indicatorCode", "indicator.value"])],
    "DC-RK-JYXX": [("201001-000001", [])],                                               # 就业登记信息
    "DC-WJ-JZJL": [("304001-000001", [])],      # 居民电子健康档案: 不予共享, yet 人社 医保结算 uses it → NOT_SHARED
    "DC-FG-WQBA": [("309001-000001", [])],      # 存量房交易信息: still a draft → GAP (UNPUBLISHED_MAPPING)
    "DC-RK-JZZ": [("301001-000001", [])],       # 流动人口暂住登记信息: withdrawn → GAP (UNPUBLISHED_MAPPING)
}
# not mapped, so orphans unless a subscription consumes them: 104002-000001 规模以上工业企业主要指标,
# 203001-000001 商品房预售许可信息, 310001-000001 公共数据目录清单


def main():
    classes = {code for code, _, _ in DATA_CLASSES}
    doc = {"departments": [], "domains": [], "processes": [], "activities": [], "dataClasses": [],
           "relations": [], "mappings": []}
    for code, name in DEPARTMENTS:
        doc["departments"].append({"code": code, "name": name})
    for code, name, base in DATA_CLASSES:
        doc["dataClasses"].append({"code": code, "name": name, "baseDatabase": base})
    for dept, domains in MODEL.items():
        for dcode, dname, processes in domains:
            doc["domains"].append({"code": "D-" + dcode, "name": dname, "department": dept})
            for suffix, pname, creates, uses in processes:
                pcode = "P-" + dcode + "-" + suffix
                doc["processes"].append({"code": pcode, "name": pname, "domain": "D-" + dcode})
                for step, sname in STEPS:
                    doc["activities"].append({"code": pcode + "-" + step, "name": pname + sname, "process": pcode})
                for x in creates:
                    assert x in classes, x
                    doc["relations"].append({"process": pcode, "dataClass": x, "usage": "C"})
                for x in uses:
                    assert x in classes, x
                    doc["relations"].append({"process": pcode, "dataClass": x, "usage": "U"})
    for dc, resources in MAPPINGS.items():
        assert dc in classes, dc
        for res, elements in resources:
            doc["mappings"].append({"dataClass": dc, "resource": res, "dataElements": elements})
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
