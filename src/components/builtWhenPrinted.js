/**
 * BuiltWhenPrinted(build, {invalidation}) is a container for a view made for paper only (print-only)
 * that is costly to build: it stays empty on screen, and build() is called once, its node put inside,
 * when the page is printed:
 * - the beforeprint event: Ctrl+P and window.print() (print preview), chromium's page.pdf() too, all
 *   before the page is laid out for paper, so what the handler builds is printed;
 * - the print media query starting to match: print media emulated (devtools, playwright's
 *   emulateMedia), which fires no beforeprint;
 * - at once, when the page is already in print media.
 * So a change of a control on screen no longer rebuilds a view nobody sees until printing. The
 * container adds no box (display: contents): the view is laid out as if it were displayed directly.
 * invalidation (a Framework cell's promise) removes the listeners when the cell runs again; they are
 * also removed once the view is built, which then stays until the cell runs again.
 */
export function BuiltWhenPrinted(build, {invalidation} = {}) {
  const node = document.createElement("div");
  node.style.display = "contents";
  const printMedia = window.matchMedia("print");
  const onMediaChange = (event) => {
    if (event.matches) fill();
  };
  function stop() {
    window.removeEventListener("beforeprint", fill);
    printMedia.removeEventListener("change", onMediaChange);
  }
  function fill() {
    stop();
    if (!node.hasChildNodes()) node.append(build());
  }
  if (printMedia.matches) {
    fill();
  } else {
    window.addEventListener("beforeprint", fill);
    printMedia.addEventListener("change", onMediaChange);
    invalidation?.then(stop);
  }
  return node;
}
