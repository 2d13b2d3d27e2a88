import {csvFormatBody, csvParse} from "d3";
import {appendFileSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {generateSample} from "../../loaders/sample/generateSample.ts";

type Row = Record<string, string>;

/** The small villages written next to the generated ones, by code (see {@link writeSmallVillagesTown}). */
export const smallVillages = {
  /** About 25 people, mostly old; births only in 2015, 2019, 2023 and 2024; a family of four moves in in 2022. */
  tiny: {code: "330781101202", name: "小岙村", type: "村"},
  /** About 80 people; a birth most years, none in 2020; two young men come back in 2023. */
  small: {code: "330781101203", name: "竹坞村", type: "村"},
  /** 40 people in 2014, five leave (or die) each year; nobody left from the end of 2021. */
  emptied: {code: "330781101204", name: "坑口村", type: "村"},
  /** Founded on 2021-04-01 (a resettlement site): nobody lived there in 2020, the Hamilton–Perry base. */
  founded: {code: "330781101004", name: "新安社区", type: "社区"}
} as const;


/**
 * writeSmallVillagesTown(dir) writes a register, 2014–2025, of a generated town of 6,000 people in four
 * villages (`generateSample({people: 6000, villages: 4})`, planted flaws included) plus four small villages
 * written person by person ({@link smallVillages}): a village of about 25 with no birth in most years, one
 * of about 80, one that empties out by the end of 2021, and one founded in 2021. Deterministic. Returns dir.
 */
export async function writeSmallVillagesTown(dir: string): Promise<string> {
  await generateSample({people: 6000, villages: 4, out: dir});
  const persons: Row[] = [];
  const residence: Row[] = [];
  let serial = 0;
  const person = (code: string, sex: "男" | "女", birth: string, start: string, startReason: string, end = "", endReason = "", mother = "", hukou = "户籍") => {
    const id = `S${String(++serial).padStart(5, "0")}`;
    persons.push({person_id: id, sex, birth_date: birth, hukou_type: hukou, mother_id: mother});
    residence.push({person_id: id, village_code: code, start_date: start, start_reason: startReason, end_date: end, end_reason: endReason});
    return id;
  };
  const initial = (code: string, sex: "男" | "女", birth: string, end = "", endReason = "") => person(code, sex, birth, "2014-01-01", "期初", end, endReason);
  const born = (code: string, mother: string, day: string, sex: "男" | "女") => person(code, sex, day, day, "出生", "", "", mother);

  // The tiny village: 25 people, old; three women of childbearing age, one birth each in 2015, 2019, 2023.
  {
    const code = smallVillages.tiny.code;
    const years = [1938, 1941, 1944, 1946, 1949, 1950, 1952, 1953, 1955, 1956, 1958, 1960, 1961, 1963, 1965, 1967, 1970, 1975, 1985, 1988, 1990, 1992, 1995, 2005, 2010];
    const ids = years.map((y, i) => {
      const sex = i % 2 === 0 || y === 1988 || y === 1992 ? "女" : "男";
      const death = y === 1938 ? "2017-03-01" : y === 1941 ? "2021-11-20" : y === 1944 ? "2024-06-01" : "";
      const leave = y === 1995 ? "2016-09-01" : y === 2005 ? "2023-09-01" : "";
      return initial(code, sex, `${y}-0${1 + (i % 9)}-1${i % 10}`, death || leave, death ? "死亡" : leave ? "迁出" : "");
    });
    const mothers = [1988, 1990, 1992].map((y) => ids[years.indexOf(y)]!);
    born(code, mothers[0]!, "2015-05-10", "男");
    born(code, mothers[1]!, "2019-08-01", "女");
    born(code, mothers[2]!, "2023-02-14", "男");
    // A family moves in on 2022-05-01 with two girls, and has a third in 2024: girls 5–9 go from 1 (2020, girls 0–4)
    // to 3 (2025), a cohort change ratio of 3 resting on one girl, which plain Hamilton–Perry applies to the one girl 0–4.
    const [familyMother] = ([["女", "1994-04-04"], ["男", "1993-03-03"], ["女", "2017-07-07"], ["女", "2018-09-09"]] as const).map(([sex, birth]) => person(code, sex, birth, "2022-05-01", "迁入"));
    born(code, familyMother!, "2024-03-15", "女");
  }

  // The small village: 80 people of every age; a birth each year but 2020; the oldest die; some young leave.
  {
    const code = smallVillages.small.code;
    const women: {id: string; year: number}[] = [];
    for (let i = 0; i < 80; i++) {
      const year = 1935 + ((i * 37) % 79);
      const sex = i % 2 === 0 ? "女" : "男";
      // People born before 1946 die, one a year from 2015; some born 1996–2003 leave for work.
      const death = year < 1946 ? `${2015 + ((year - 1935) % 11)}-10-0${1 + (i % 9)}` : "";
      const leave = !death && year >= 1996 && year <= 2003 && i % 3 === 0 ? `${2018 + (i % 7)}-03-01` : "";
      const id = initial(code, sex, `${year}-0${1 + (i % 9)}-2${i % 8}`, death || leave, death ? "死亡" : leave ? "迁出" : "");
      if (sex === "女" && year >= 1982 && year <= 2000 && !leave) women.push({id, year});
    }
    women.sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : 1));
    let w = 0;
    for (let y = 2014; y <= 2025; y++) {
      if (y === 2020) continue;
      // The mother is the next woman (in birth order) aged 20–40 that year.
      let tries = 0;
      while (tries++ < women.length && (y - women[w % women.length]!.year < 20 || y - women[w % women.length]!.year > 40)) w++;
      born(code, women[w % women.length]!.id, `${y}-0${1 + (y % 9)}-15`, y % 2 ? "男" : "女");
      w++;
    }
    // Two men born 1999–2000 come back on 2023-06-01, to a cohort of 1 in 2020.
    person(code, "男", "1999-05-05", "2023-06-01", "迁入");
    person(code, "男", "2000-08-08", "2023-06-01", "迁入");
  }

  // The emptied village: 40 people; five a year leave (the old die) from 2014 to 2021; empty from 2021-12-01.
  {
    const code = smallVillages.emptied.code;
    for (let i = 0; i < 40; i++) {
      const year = 1940 + ((i * 23) % 70);
      const endYear = 2014 + Math.floor(i / 5);
      const end = `${endYear}-${String(1 + (i % 11)).padStart(2, "0")}-01`;
      initial(code, i % 2 ? "男" : "女", `${year}-06-0${1 + (i % 9)}`, end, year < 1950 ? "死亡" : "迁出");
    }
  }

  // The founded village: 45 people arrive on 2021-04-01, 20 more on 2022-07-01; births in 2022 and 2024; two leave in 2025.
  {
    const code = smallVillages.founded.code;
    const arrivals: {id: string; sex: string; year: number}[] = [];
    for (let i = 0; i < 65; i++) {
      const start = i < 45 ? "2021-04-01" : "2022-07-01";
      const year = 1950 + ((i * 29) % 70);
      const sex = i % 2 === 0 ? "女" : "男";
      const leaves = i === 7 || i === 50;
      const id = person(code, sex, `${year}-0${1 + (i % 9)}-0${1 + (i % 9)}`, start, "迁入", leaves ? "2025-05-20" : "", leaves ? "迁出" : "", "", i % 4 === 0 ? "流动" : "户籍");
      arrivals.push({id, sex, year});
    }
    const mothers = arrivals.filter((a) => a.sex === "女" && a.year >= 1990 && a.year <= 1998);
    born(code, mothers[0]!.id, "2022-11-11", "女");
    born(code, mothers[1]!.id, "2024-03-03", "男");
  }

  const append = (file: string, rows: Row[]) => {
    const path = join(dir, file);
    const columns = csvParse(readFileSync(path, "utf8").split("\n", 1)[0]! + "\n").columns;
    appendFileSync(path, csvFormatBody(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))), columns) + "\n");
  };
  append("villages.csv", Object.values(smallVillages).map((v) => ({village_code: v.code, village_name: v.name, village_type: v.type})));
  append("persons.csv", persons);
  append("residence.csv", residence);
  return dir;
}
