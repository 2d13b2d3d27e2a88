/**
 * DrawnWhenNear(draw, {height, margin}) is a placeholder for a costly part of a long view (a group of a
 * county's small multiples): it keeps `height` pixels (so the page's length, its scroll bar and what
 * lies below do not move), and calls draw() once, putting the node it returns inside, when the
 * placeholder comes within `margin` of the viewport (an IntersectionObserver's rootMargin, default one
 * screen ahead, "100% 0px", so a reader scrolling at an ordinary pace finds it drawn). Drawing 300
 * villages' trends before the first paint took most of 村居's 3.4 s first view at county scale.
 * The node is marked data-drawn="false" until drawn, then "true".
 */
export function DrawnWhenNear(draw, {height, margin = "100% 0px"} = {}) {
  const node = document.createElement("div");
  node.style.height = `${height}px`;
  node.dataset.drawn = "false";
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    node.append(draw());
    node.style.height = "";
    node.dataset.drawn = "true";
  }, {rootMargin: margin});
  observer.observe(node);
  return node;
}
