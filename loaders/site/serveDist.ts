import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import sirv from "sirv";

export interface DistServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * serveDist(dir, {port, host}) serves a built site (dist/) as static files on localhost.
 * Port 0 (the default) picks a free port. `.html` is added to clean URLs, like most static hosts.
 */
export async function serveDist(dir: string, {port = 0, host = "127.0.0.1"}: {port?: number; host?: string} = {}): Promise<DistServer> {
  const handler = sirv(dir, {dev: false, etag: true, extensions: ["html"], dotfiles: false});
  const server = createServer((request, response) => handler(request, response, () => {
    response.statusCode = 404;
    response.setHeader("content-type", "text/plain; charset=utf-8");
    response.end("404 未找到");
  }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const {port: actualPort} = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  };
}
