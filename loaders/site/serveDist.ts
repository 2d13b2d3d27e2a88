import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import send from "send";

export interface DistServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

function notFound(response: ServerResponse): void {
  response.statusCode = 404;
  response.setHeader("content-type", "text/plain; charset=utf-8");
  response.end("404 未找到");
}

/**
 * Sends the file at pathname (URL-encoded, as requested) from dir. Looked up on every request, so a
 * site rebuilt while it is served is served as rebuilt; a file gone between lookup and read is a 404,
 * never a crash. A path that is a folder and also a page (/villages beside villages.html, as
 * Framework writes them) is the page.
 */
function sendFile(dir: string, request: IncomingMessage, response: ServerResponse, pathname: string, asPage = false): void {
  send(request, pathname, {root: dir, extensions: ["html"], index: ["index.html"], dotfiles: "ignore"})
    .on("directory", () => (asPage ? notFound(response) : sendFile(dir, request, response, `${pathname}.html`, true)))
    .on("error", (error: {status?: number}) => {
      if (response.headersSent) return void response.destroy();
      if (error.status === 404) return notFound(response);
      response.statusCode = error.status ?? 500;
      response.end();
    })
    .pipe(response);
}

/**
 * serveDist(dir, {port, host}) serves a built site (dist/) as static files on localhost.
 * Port 0 (the default) picks a free port. `.html` is added to clean URLs, like most static hosts.
 */
export async function serveDist(dir: string, {port = 0, host = "127.0.0.1"}: {port?: number; host?: string} = {}): Promise<DistServer> {
  const server = createServer((request, response) => sendFile(dir, request, response, new URL(request.url ?? "/", "http://localhost").pathname));
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
