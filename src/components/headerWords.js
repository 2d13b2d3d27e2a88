/**
 * headerWords(text) is a bulletin table's column header cut into the words a line may break between:
 * before 增长, 及以上, 比重 and a bracket ("自然|增长率", "60岁|及以上|比重", "性别比|(女=100)"). A Chinese
 * line otherwise breaks between any two characters, and a narrow column (a phone's) then read 自然增/长
 * or 性别比(女/=100); BulletinDocument sets each word in a span kept whole on screen, <wbr> between them.
 */
export function headerWords(text) {
  return String(text).split(/(?=增长|及以上|比重|[((])/).filter((word) => word !== "");
}
