import {describe, expect, test} from "vitest";
import {tarFromFiles} from "../../loaders/site/tarFromFiles.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {runLoader, tarMembers, typedDownload} from "./siteLoaders.ts";
import {useSampleSite} from "./sampleSite.ts";
import {writeSmallTown} from "../support/smallTown.ts";



describe("the village pages' views (src/data/villages.tar.ts)", () => {
  test("tarFromFiles(files) writes members that GNU tar reads back by name (a Chinese name too), with the same bytes for the same files", async () => {
    const files: [string, string][] = [["V1.json", "{\"a\":1}"], ["长名.json", "x".repeat(600)]];
    const tar = await tarFromFiles(files);
    expect(tar.length % 512).toBe(0);
    expect([...tarMembers(tar)]).toEqual(files);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later: an mtime of "now" would differ
    expect((await tarFromFiles(files)).equals(tar)).toBe(true);
  });

  for (const minCell of ["", "2"]) {
    test(`src/data/villages.tar.ts${minCell ? ` with POP_MIN_CELL=${minCell}` : ""} holds one view per village, each with that village's rows of the downloads (and the town's), as typed from them, blanks and all`, () => {
      const env = {POP_DATA_DIR: writeSmallTown(), ...(minCell ? {POP_MIN_CELL: minCell} : {})};
      const tar = runLoader("villages.tar.ts", env);
      const members = tarMembers(tar);
      expect([...members.keys()]).toEqual(["V1.json", "V2.json"]);
      const downloads = Object.fromEntries(["village_year.csv", "target_checks.csv", "age_sex.csv", "services.csv", "projection_accuracy.csv"].map((file) => [file, typedDownload(file, env)]));
      for (const code of ["V1", "V2"]) {
        const view = JSON.parse(members.get(`${code}.json`)!);
        expect(view.village_code).toBe(code);
        expect(view.name).toBe(code === "V1" ? "东村" : "西村");
        const own = (file: string) => downloads[file]!.filter((d) => d.village_code === code);
        expect(view.village_year).toEqual([...own("village_year.csv"), ...downloads["village_year.csv"]!.filter((d) => d.village_code === "TOWN")]);
        expect(view.village_year.length).toBeGreaterThan(1);
        expect(view.target_checks).toEqual(own("target_checks.csv"));
        expect(view.target_checks.length).toBeGreaterThan(0);
        expect(view.age_sex).toEqual(own("age_sex.csv"));
        expect(view.services).toEqual(own("services.csv"));
        expect(view.projection_accuracy).toEqual(downloads["projection_accuracy.csv"]);
        expect(view.projection.totals.every((d: {village_code: string}) => d.village_code === code)).toBe(true);
        expect(view.projection.areas.map((d: {village_code: string}) => d.village_code)).toEqual(view.projection.totals.length ? [code] : []);
      }
      // --min-cell blanks the view as it blanks the download: V2's 1 person is withheld (null), not shown.
      const v2PopEnd = JSON.parse(members.get("V2.json")!).village_year[0].pop_end;
      expect(v2PopEnd).toBe(minCell ? null : 1);
      // Deterministic: the same outputs give the same bytes.
      expect(runLoader("villages.tar.ts", env).equals(tar)).toBe(true);
    }, 300_000);
  }
});

describe("a village page loads its own view only", () => {
  const site = useSampleSite();

  test("openPage(/villages/<code>.html) requests data/villages/<code>.json and no download holding other villages' rows", async () => {
    const code = "330781101001";
    const visit = await openPage(site.browser, `${site.url}/villages/${code}.html`);
    try {
      const requested: string[] = [];
      visit.page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await visit.page.reload({waitUntil: "networkidle"});
      await expect.poll(() => visit.page.locator("h1").first().textContent()).toBe("青石社区");
      const data = requested.filter((path) => path.startsWith("/_file/data/"));
      expect(data).toEqual([expect.stringMatching(new RegExp(`^/_file/data/villages/${code}\\.[0-9a-f]+\\.json$`))]);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  }, 120_000);
});
