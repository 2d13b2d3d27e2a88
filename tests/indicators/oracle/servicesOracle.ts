import type {OracleRegister} from "./oracleRegisterFromFolder.ts";
import type {OracleRow} from "./villageYearOracle.ts";

/**
 * servicesOracle(register) recomputes services.csv from its definitions: every year in the services
 * rows, every village and project with rows (several rows added up) and TOWN (the villages' sums),
 * coverage_rate = served ÷ eligible × 100, empty when eligible is 0. Empty without a services file.
 */
export function servicesOracle(register: OracleRegister): OracleRow[] {
  const sums = new Map<string, {year: number; village: string; project: string; eligible: number; served: number}>();
  for (const r of register.services ?? []) {
    for (const village of [r.village, "TOWN"]) {
      const key = `${r.year}|${village}|${r.project}`;
      const sum = sums.get(key) ?? {year: r.year, village, project: r.project, eligible: 0, served: 0};
      sum.eligible += r.eligible;
      sum.served += r.served;
      sums.set(key, sum);
    }
  }
  return [...sums.values()].map((s) => ({
    year: s.year,
    village_code: s.village,
    project: s.project,
    eligible: s.eligible,
    served: s.served,
    coverage_rate: s.eligible === 0 ? null : (s.served / s.eligible) * 100
  }));
}
