// CLI: make sure the Debian packages the tests use are installed: chromium and a CJK font for the
// browser tests, poppler-utils (pdftotext) to read the bulletin's PDF. Runs `apt-get update` and
// `apt-get install` only for what is missing (needs root). Never downloads a browser from anywhere but apt.
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";

const chromiumPath = "/usr/bin/chromium";
// fonts-noto-cjk: without it Chinese text renders as boxes in the screenshots.
const cjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const pdftotextPath = "/usr/bin/pdftotext";

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push("chromium");
  if (!existsSync(cjkFont)) missing.push("fonts-noto-cjk");
  if (!existsSync(pdftotextPath)) missing.push("poppler-utils");
  return missing;
}

function main(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    process.stderr.write(`缺少 ${missing.join("、")},请以 root 身份运行 apt-get install -y ${missing.join(" ")}\n`);
    process.exit(1);
  }
  process.stderr.write(`正在用 apt-get 安装 ${missing.join(" ")} …\n`);
  const env = {...process.env, DEBIAN_FRONTEND: "noninteractive"};
  execFileSync("apt-get", ["update"], {stdio: ["ignore", "inherit", "inherit"], env});
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], {stdio: ["ignore", "inherit", "inherit"], env});
  if (!existsSync(chromiumPath)) {
    process.stderr.write(`安装后仍找不到 ${chromiumPath}\n`);
    process.exit(1);
  }
}

main();
