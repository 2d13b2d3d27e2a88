import {pack} from "tar-stream";

/**
 * tarFromFiles(files) is a tar archive of `files` (name → content), in the order given: the archive
 * a site data loader such as src/data/villages.tar.ts prints, from which Framework extracts each
 * member a page asks for (`data/villages/<name>`). tar-stream writes it; every member gets the same
 * mode, owner and an mtime of 0 (tar-stream's default is now), so the same files give the same bytes.
 */
export async function tarFromFiles(files: Iterable<[string, string | Uint8Array]>): Promise<Buffer> {
  const archive = pack();
  for (const [name, content] of files) archive.entry({name, mode: 0o644, uid: 0, gid: 0, uname: "", gname: "", mtime: new Date(0)}, Buffer.from(content));
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
