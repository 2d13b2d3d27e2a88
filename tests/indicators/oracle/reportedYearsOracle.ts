import type {OracleRegister} from "./oracleRegisterFromFolder.ts";

/** reportedYearsOracle(register) lists the years Y with register_start ≤ Y-01-01 and extract_date ≥ Y-12-31. */
export function reportedYearsOracle(register: OracleRegister): number[] {
  const years: number[] = [];
  for (let year = register.registerStart.getUTCFullYear(); year <= register.extractDate.getUTCFullYear(); year++) {
    if (register.registerStart.getTime() <= Date.UTC(year, 0, 1) && register.extractDate.getTime() >= Date.UTC(year, 11, 31)) years.push(year);
  }
  return years;
}
