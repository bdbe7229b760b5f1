import {
  catalogueEntries,
  classCodeByName,
  codeLevel,
  entriesNamed,
  findCode,
  findCodeIn,
  governmentCodeFor,
  isEconomicClass,
  namesMatch,
  obsoleteEntryFor,
  parentCode,
} from "../../src/catalog/codes";

describe("findCode", () => {
  test("function codes at the three levels, names as in seed 001", () => {
    expect(findCode("208")).toMatchObject({ code: "208", name: "社会保障和就业支出", system: "function", level: 1 });
    expect(findCode("21015")).toMatchObject({ name: "医疗保障管理事务", level: 2 });
    expect(findCode("2101504")).toMatchObject({ name: "信息化建设", system: "function", level: 3 });
  });

  test("economic codes: 3xx in the 部门 system, 5xx in the 政府 system", () => {
    expect(findCode("30101")).toMatchObject({ name: "基本工资", system: "economic-department", level: 2 });
    expect(findCode("50101")).toMatchObject({ name: "工资奖金津补贴", system: "economic-government", level: 2 });
    expect(findCode("501")).toMatchObject({ system: "economic-government", level: 1 });
    expect(findCode("3010201")).toMatchObject({ name: "工作性津贴", level: 3, local: true });
  });

  test("tolerates surrounding and full-width spaces, rejects unknown and malformed codes", () => {
    expect(findCode(" 208\u3000")?.code).toBe("208");
    expect(findCode("２０８")?.code).toBe("208");
    expect(findCode("2101502")).toBeUndefined();
    expect(findCode("218")).toBeUndefined();
    expect(findCode("2O8")).toBeUndefined();
    expect(findCode("")).toBeUndefined();
  });

  test("findCodeIn looks in one system only", () => {
    expect(findCodeIn("function", "30101")).toBeUndefined();
    expect(findCodeIn("economic-department", "30101")?.name).toBe("基本工资");
    expect(findCodeIn("economic-government", "30101")).toBeUndefined();
  });

  test("levels and parents", () => {
    expect([codeLevel("208"), codeLevel("20805"), codeLevel("2080505"), codeLevel("2080"), codeLevel("2O805")]).toEqual([1, 2, 3, undefined, undefined]);
    expect([parentCode("2080505"), parentCode("20805"), parentCode("208")]).toEqual(["20805", "208", undefined]);
  });

  test("every class 201–234 of §6.1 except 218, 225, 226, 228", () => {
    const classes = catalogueEntries("function").filter((e) => e.level === 1).map((e) => e.code);
    expect(classes).toHaveLength(30);
    for (const missing of ["218", "225", "226", "228"]) expect(classes).not.toContain(missing);
    expect(classes[0]).toBe("201");
    expect(classes[classes.length - 1]).toBe("234");
  });
});

describe("30104", () => {
  test("is catalogued as obsolete, for itself and for a local item under it", () => {
    expect(findCode("30104")).toMatchObject({ name: "社会保障缴费", obsolete: true });
    expect(obsoleteEntryFor("30104")?.code).toBe("30104");
    expect(obsoleteEntryFor("3010401")?.code).toBe("30104");
    expect(obsoleteEntryFor("30108")).toBeUndefined();
    expect(governmentCodeFor("30104")).toBeUndefined();
  });
});

describe("classCodeByName", () => {
  test.each([
    ["社会保障和就业支出", "208"],
    ["八、社会保障和就业支出", "208"],
    ["  十、 卫生 健康支出 ", "210"],
    ["二十、住房保障支出", "221"],
    ["十九、援助其他地区支出", "219"], // Henan ordinal (code − 200)
    ["十八、援助其他地区支出", "219"], // S001 ordinal
    ["三十、抗疫特别国债安排的支出", "234"],
    ["（八）社会保障和就业支出", "208"],
    ["8.社会保障和就业支出", "208"],
    ["一般公共服务", "201"], // Henan variant
    ["十二、城乡社区事务", "212"],
    ["农林水事务", "213"],
    ["十五、资源勘探信息等支出", "215"], // K4 variant
    ["社会保障和就业", "208"],
    ["预备费", "227"],
  ])("%s → %s", (name, code) => {
    expect(classCodeByName(name)).toBe(code);
  });

  test.each(["三十一、人行科目", "本年支出合计", "其他社会保障和就业支出", "行政运行", ""])("%s → undefined", (name) => {
    expect(classCodeByName(name)).toBeUndefined();
  });
});

describe("namesMatch", () => {
  const e = (code: string) => findCode(code)!;

  test("tolerates whitespace, full-width forms, brackets, quotes and a trailing 支出", () => {
    expect(namesMatch(e("2089999"), "其他社会保障\n\n和就业支出")).toBe(true);
    expect(namesMatch(e("2101599"), "其他医疗保障管理事务")).toBe(true);
    expect(namesMatch(e("21015"), "医疗保障管理事务支出")).toBe(true);
    expect(namesMatch(e("30110"), "职工基本医疗保险缴费（含生育保险）")).toBe(true);
    expect(namesMatch(e("30239"), "“其他交通费用”")).toBe(true);
    expect(namesMatch(e("31002"), "办公设备购置 ")).toBe(true);
  });

  test("accepts the listed aliases", () => {
    expect(namesMatch(e("20805"), "行政事业单位离退休")).toBe(true);
    expect(namesMatch(e("212"), "城乡社区事务")).toBe(true);
    expect(namesMatch(e("215"), "资源勘探信息等")).toBe(true);
  });

  test("never accepts another item's name", () => {
    expect(namesMatch(e("2101501"), "信息化建设")).toBe(false);
    expect(namesMatch(e("208"), "其他社会保障和就业支出")).toBe(false);
    expect(namesMatch(e("2089999"), "社会保障和就业支出")).toBe(false);
    expect(namesMatch(e("2080501"), "行政事业单位离退休")).toBe(false);
    expect(namesMatch(e("30201"), "")).toBe(false);
  });

  test("entriesNamed finds the entries bearing a name within one system", () => {
    expect(entriesNamed("function", "信息化建设").map((x) => x.code)).toEqual(["2101504"]);
    expect(entriesNamed("function", "住房公积金").map((x) => x.code)).toEqual(["2210201"]);
    expect(entriesNamed("economic-department", "住房公积金").map((x) => x.code)).toEqual(["30113"]);
  });
});

describe("部门 → 政府 economic mapping (§6.4)", () => {
  test.each([
    ["301", "501"],
    ["30101", "50101"],
    ["30103", "50101"],
    ["30108", "50102"],
    ["30112", "50102"],
    ["30113", "50103"],
    ["30199", "50199"],
    ["302", "502"],
    ["30201", "50201"],
    ["30215", "50202"],
    ["30216", "50203"],
    ["30218", "50204"],
    ["3010201", "50101"],
    ["3010206", "50101"],
    ["3011201", "50102"],
  ])("%s → %s", (dep, gov) => {
    expect(governmentCodeFor(dep)).toBe(gov);
  });

  test("unmapped codes give undefined", () => {
    expect(governmentCodeFor("30302")).toBeUndefined();
    expect(governmentCodeFor("208")).toBeUndefined();
    expect(governmentCodeFor("abc")).toBeUndefined();
  });

  test("every mapped 政府 code is in the catalogue", () => {
    for (const e of catalogueEntries("economic-department")) {
      const gov = governmentCodeFor(e.code);
      if (gov) expect(findCodeIn("economic-government", gov)).toBeDefined();
    }
  });
});

describe("economic classes", () => {
  test("current 部门 and 政府 classes; pre-2018 classes are not current", () => {
    for (const c of ["301", "302", "303", "310", "399", "501", "505", "514", "599"]) expect(isEconomicClass(c)).toBe(true);
    for (const c of ["304", "305", "306", "308", "500", "515", "208"]) expect(isEconomicClass(c)).toBe(false);
  });
});
