/**
 * Synthetic Chinese names: a surname and one or two given-name characters, drawn from short lists.
 * Any resemblance to a real person is a coincidence of common characters.
 */

/** Common surnames, most frequent first (the generator weights them by 1 / (rank + 8)). */
export const surnames = Array.from(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
);

/** Given-name characters used mostly for boys. */
export const maleChars = Array.from("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文海峰成东亮睿轩博豪泽铭诚晨");

/** Given-name characters used mostly for girls. */
export const femaleChars = Array.from("芳娜敏静丽艳娟霞秀英玲燕红梅琳婷雪慧莉倩颖萍佳欣怡悦涵梓诗雨晴萱妍琪思语彤月兰");

/** Marks "no second given-name character". */
export const noChar = 255;

/**
 * The name for stored indices: `surname` into `surnames`, `g1`/`g2` into the list for `male`
 * (`g2 === noChar` for a one-character given name).
 */
export function chineseName(surname: number, g1: number, g2: number, male: boolean): string {
  const chars = male ? maleChars : femaleChars;
  return surnames[surname] + chars[g1] + (g2 === noChar ? "" : chars[g2]);
}
