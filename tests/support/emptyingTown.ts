import {writeExtract} from "./writeExtract.ts";

/**
 * writeEmptyingTown(dir, {villages, people}) writes a register, 2014–2025, of villages that empty
 * faster every year: each village's `people` (ages spread over 0–79, men and women alternately, no
 * births or deaths) all start on 2014-01-01, and by the end of year 2014 + k a share 0.004·(k+1)² of
 * them has moved out (迁出, 30 June), every age alike. Any trend fitted on past years then projects
 * too many people, every backtest errs the same way, and each village's prediction interval lies
 * wholly below its projection (one-sided, as intervalSideNote explains). Returns dir.
 */
export function writeEmptyingTown(dir: string, {villages = 3, people = 800}: {villages?: number; people?: number} = {}): string {
  const codes = Array.from({length: villages}, (_, v) => `V${v + 1}`);
  const persons: Record<string, string>[] = [];
  const residence: Record<string, string>[] = [];
  for (const code of codes) {
    // Who leaves when: the i-th person by a fixed stride through the village, so that leavers are of every age.
    const order = Array.from({length: people}, (_, i) => (i * 337) % people);
    const leaveYear = new Map<number, number>();
    let gone = 0;
    for (let k = 0; k < 12; k++) {
      const target = Math.round(people * 0.004 * (k + 1) ** 2);
      for (; gone < target && gone < people; gone++) leaveYear.set(order[gone]!, 2014 + k);
    }
    for (let i = 0; i < people; i++) {
      const personId = `${code}-${String(i).padStart(4, "0")}`;
      const age = i % 80;
      persons.push({person_id: personId, sex: i % 2 ? "男" : "女", birth_date: `${2013 - age}-07-01`, hukou_type: "户籍"});
      const year = leaveYear.get(i);
      residence.push({
        person_id: personId, village_code: code, start_date: "2014-01-01", start_reason: "期初",
        end_date: year === undefined ? "" : `${year}-06-30`, end_reason: year === undefined ? "" : "迁出"
      });
    }
  }
  return writeExtract({
    meta: {register_start: "2014-01-01", extract_date: "2025-12-31"},
    villages: codes.map((code, v) => ({village_code: code, village_name: `${"东西南北中"[v % 5]}村${v >= 5 ? v : ""}`})),
    persons,
    residence
  }, dir);
}
