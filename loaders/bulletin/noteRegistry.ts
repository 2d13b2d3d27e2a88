/**
 * noteRegistry(texts): numbers notes in order of first reference. `ref(key)` returns the marker
 * "[n]" (the same n on every later reference); `list()` returns the referenced texts in number order.
 * An unknown key throws, naming it.
 */
export function noteRegistry(texts: Record<string, string>): {ref: (key: string) => string; list: () => string[]} {
  const order: string[] = [];
  return {
    ref(key) {
      if (!(key in texts)) throw new Error(`unknown bulletin note: ${key}`);
      let index = order.indexOf(key);
      if (index < 0) index = order.push(key) - 1;
      return `[${index + 1}]`;
    },
    list() {
      return order.map((key) => texts[key]);
    }
  };
}
