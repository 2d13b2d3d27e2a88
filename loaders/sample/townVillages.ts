import {surnames} from "./chineseName.ts";

/** One village (村) or community (社区) of the generated town, with its simulation traits. */
export interface SampleVillage {
  /** 12-digit statistical area code: county (6) + town (3) + village (3; 0xx 社区, 2xx 村). */
  code: string;
  name: string;
  type: "村" | "社区";
  /** Relative size of the initial population. */
  weight: number;
  /** Sex ratio at birth is set high (≈ 118) here. */
  highSrb: boolean;
  /** Two locally dominant surnames (indices into `surnames`) of a lineage village. */
  clanSurnames: [number, number];
  /** Village-level coverage of the pre-pregnancy check (before yearly noise). */
  checkCoverage: number;
  /** Village-level funding per resident and year, yuan (before yearly noise). */
  fundingPerHead: number;
}

/** Names of the default town 青石镇, in code order (3 社区 then 7 村). */
const defaultNames: [string, "村" | "社区"][] = [
  ["青石社区", "社区"],
  ["溪口社区", "社区"],
  ["新城社区", "社区"],
  ["上塘村", "村"],
  ["下洋村", "村"],
  ["石门村", "村"],
  ["枫林村", "村"],
  ["后山村", "村"],
  ["岭头村", "村"],
  ["竹园村", "村"]
];

const firstChars = Array.from("东西南北上下前后大小新老高低金银石青白黄桥溪塘山岭岩坑湖田林竹梅桃杨柳");
const secondChars = Array.from("口头坞坪塘湾岗源山洋村家畈垅店埠庄沿门林园桥里溪岙");

/** County code of the fictional county 青石 uses; 330781 is only a plausible-looking prefix. */
export const countyCode = "330781";

/** Villages per town when more than one town is generated. */
const villagesPerTown = 15;

/**
 * The villages of the generated area, sorted by code. `k ≤ 15` gives one town (the first 10
 * names are fixed); a larger `k` spreads villages over towns of 15. Traits are drawn from `rng`.
 */
export function townVillages(k: number, rng: () => number): SampleVillage[] {
  if (!Number.isInteger(k) || k < 1 || k > 9_000) throw new Error(`villages must be an integer 1–9000: ${k}`);
  const oneTown = k <= villagesPerTown;
  const used = new Set<string>();
  const villages: SampleVillage[] = [];
  const serials = new Map<string, number>();
  for (let i = 0; i < k; i++) {
    const town = oneTown ? 0 : Math.floor(i / villagesPerTown);
    const j = oneTown ? i : i % villagesPerTown;
    let name: string;
    let type: "村" | "社区";
    if (oneTown && i < defaultNames.length) {
      [name, type] = defaultNames[i];
    } else {
      type = j < 3 ? "社区" : "村";
      do {
        const a = firstChars[Math.floor(rng() * firstChars.length)];
        const b = secondChars[Math.floor(rng() * secondChars.length)];
        name = a + b + type;
      } while (used.has(name));
    }
    used.add(name);
    const townCode = String(101 + town).padStart(3, "0");
    const key = `${town}${type}`;
    const nth = (serials.get(key) ?? 0) + 1;
    serials.set(key, nth);
    const serial = String((type === "社区" ? 0 : 200) + nth).padStart(3, "0");
    const weight = type === "社区" ? 2.2 + rng() * 1.2 : 0.6 + rng() * 0.8;
    const a = Math.floor(rng() * 30);
    let b = Math.floor(rng() * 30);
    if (b === a) b = (a + 1) % 30;
    const lowCoverage = rng() < 0.15;
    const checkCoverage = lowCoverage ? 0.76 + rng() * 0.04 : 0.84 + rng() * 0.09;
    const fundingPerHead = 6.2 + rng() * 4.8;
    villages.push({code: countyCode + townCode + serial, name, type, weight, highSrb: false, clanSurnames: [a, b], checkCoverage, fundingPerHead});
  }
  villages.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  // Two 村 with a clearly high sex ratio at birth (about one in eight villages in a county).
  const rural = villages.filter((v) => v.type === "村");
  const nHigh = Math.min(rural.length, Math.max(2, Math.round(k / 8)));
  for (let n = 0; n < nHigh; ) {
    const v = rural[Math.floor(rng() * rural.length)];
    if (!v.highSrb) { v.highSrb = true; n++; }
  }
  // At least one village whose pre-pregnancy check coverage lags (below 80 %).
  if (!villages.some((v) => v.checkCoverage < 0.8)) villages[Math.floor(rng() * villages.length)].checkCoverage = 0.77;
  if (surnames.length < 30) throw new Error("surname list too short");
  return villages;
}
