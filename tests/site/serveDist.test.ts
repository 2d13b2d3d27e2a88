// serveDist: the static server behind `npm start` and the browser tests. A site rebuilt while it is
// served (npm run build, npm run bulletin) must be served as rebuilt, and a file that vanishes
// mid-rebuild must be a 404, not a stale listing or a crashed server.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {serveDist, type DistServer} from "../../loaders/site/serveDist.ts";

const root = mkdtempSync(join(tmpdir(), "serve-dist-"));
const servers: DistServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(root, {recursive: true, force: true});
});

function writeSite(dir: string, files: Record<string, string>): void {
  rmSync(dir, {recursive: true, force: true});
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
}

async function get(server: DistServer, path: string): Promise<{status: number; text: string; type: string | null}> {
  const response = await fetch(`${server.url}${path}`, {redirect: "manual"});
  return {status: response.status, text: await response.text(), type: response.headers.get("content-type")};
}

describe("serveDist(dir)", () => {
  test("serves index.html at /, clean URLs as their .html page, a page beside its folder (/villages and villages/) as the page, and 404 in Chinese otherwise", async () => {
    const dir = join(root, "site");
    writeSite(dir, {"index.html": "总览", "villages.html": "村居", "villages/1.html": "一村", "_file/data/a.1.json": "{}"});
    const server = await serveDist(dir);
    servers.push(server);
    expect(await get(server, "/")).toMatchObject({status: 200, text: "总览"});
    expect(await get(server, "/villages")).toMatchObject({status: 200, text: "村居"});
    expect((await get(server, "/villages")).type).toContain("text/html");
    expect(await get(server, "/villages.html")).toMatchObject({status: 200, text: "村居"});
    expect(await get(server, "/villages/1")).toMatchObject({status: 200, text: "一村"});
    expect(await get(server, "/_file/data/a.1.json")).toMatchObject({status: 200, text: "{}"});
    expect(await get(server, "/nothing")).toMatchObject({status: 404, text: "404 未找到"});
    expect((await get(server, "/../../etc/passwd")).status).not.toBe(200);
    expect((await get(server, "/.hidden")).status).toBe(404);
  });

  test("a site rebuilt while served is served as rebuilt: new files found, removed files 404, and the server keeps running", async () => {
    const dir = join(root, "rebuilt");
    writeSite(dir, {"index.html": "旧", "services.html": "旧服务", "_file/data/quality.aaaa.json": "old"});
    const server = await serveDist(dir);
    servers.push(server);
    expect(await get(server, "/services")).toMatchObject({status: 200, text: "旧服务"});
    // Mid-rebuild: the folder is emptied (Framework clears its output folder first).
    rmSync(dir, {recursive: true, force: true});
    mkdirSync(dir);
    expect((await get(server, "/services")).status).toBe(404);
    expect((await get(server, "/_file/data/quality.aaaa.json")).status).toBe(404);
    // Rebuilt with new content hashes in the file names.
    writeSite(dir, {"index.html": "新", "services.html": "新服务", "_file/data/quality.bbbb.json": "new"});
    expect(await get(server, "/")).toMatchObject({status: 200, text: "新"});
    expect(await get(server, "/services")).toMatchObject({status: 200, text: "新服务"});
    expect(await get(server, "/_file/data/quality.bbbb.json")).toMatchObject({status: 200, text: "new"});
    expect((await get(server, "/_file/data/quality.aaaa.json")).status).toBe(404);
  });
});
