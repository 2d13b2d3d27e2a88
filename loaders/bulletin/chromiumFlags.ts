/** Debian chromium, never a downloaded browser (shared/notes/offline-stack.md). */
export const chromiumPath = "/usr/bin/chromium";

/** Flags measured to keep headless chromium quiet and offline (shared/notes/offline-stack.md). */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];
