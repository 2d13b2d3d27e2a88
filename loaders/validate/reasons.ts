/**
 * Every reason a row can be rejected or warned about: a stable code (used in outputs and tests)
 * and a plain-language explanation in Chinese for the office that has to fix its data.
 */
// The texts a soft field's warning repeats (fields.ts `soft`): each says what was expected.
const policyCompliant = "政策符合无法识别(应为 是 或 否,也可留空;也可写 yes/no、y/n、true/false)";
const villageType = "村居类型无法识别(应为 村 或 社区,也可留空;也可写 village、community)";
const tooLong = "内容过长";
/** What a soft field's warning adds: the value was not used, the row was. */
const blanked = "该值未采用,已按空白处理,本行照常采用";

export const reasons = {
  // Field-level (zod)
  required: "必填项为空",
  merged_cell: "合并单元格只在第一格有值,本行读为空;请取消合并并逐行填写",
  invalid_date: "日期无法识别(应为 YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYYMMDD、YYYY年M月D日 或 Excel 日期)",
  // A coded field's reason lists every spelling its schema accepts (rowSchemas.test.ts checks it).
  invalid_sex: "性别无法识别(应为 男/女、男性/女性、M/F、male/female 或 1/2)",
  invalid_hukou_type: "户籍类型无法识别(应为 户籍 或 流动;也可写 registered、migrant)",
  invalid_policy_compliant: policyCompliant,
  invalid_start_reason: "起始原因无法识别(应为 期初、出生 或 迁入;也可写 initial、birth、in_migration)",
  invalid_end_reason: "终止原因无法识别(应为 死亡 或 迁出,无终止日期时留空;也可写 death、out_migration)",
  invalid_village_type: villageType,
  invalid_code: "取值不在允许范围内",
  invalid_integer: "应为整数",
  invalid_number: "应为数字",
  out_of_range: "数值超出允许范围",
  too_long: tooLong,
  code_as_number: "代码被电子表格存成了数字,显示为科学计数法(如 3.30781E+11),后几位已丢失,无法分辨是哪一个:请把该列设为文本,填回完整代码后重新导出",
  field_count: "该行的列数与表头不一致(文件可能被截断或有未闭合的引号)",
  repeated_header: "该行是重复的表头(两份数据首尾相接?),不是数据,未采用;其后各行照常读取",
  end_reason_without_end_date: "有终止原因但没有终止日期",
  end_date_without_end_reason: "有终止日期但没有终止原因(应为 死亡 或 迁出)",
  end_before_start: "终止日期早于起始日期",
  served_exceeds_eligible: "已服务人数大于应服务人数",
  reserved_code: "TOWN 是全镇合计的保留代码,不能用作村居代码",
  invalid_target: "目标设置有误",
  // Relational (SQL)
  duplicate: "重复记录:保留首次出现的一行,本行未采用",
  date_after_extract: "日期晚于数据截止日期",
  year_outside_register: "年份不在登记覆盖的年份内(登记开始日期至提取日期所在年份)",
  unknown_village: "村居代码不存在于村居表",
  village_code_leading_zeros: "村居代码不存在于村居表,但去掉前导零后与村居表中的代码相同:电子表格可能把代码存成了数字(请把代码列设为文本后重新导出)",
  unknown_person: "人员编号不存在于人员表",
  person_rejected: "该人员记录已被拒绝,其居住登记一并不予采用",
  starts_before_birth: "居住起始日期早于出生日期",
  initial_not_at_register_start: "期初登记的起始日期应为登记开始日期",
  birth_not_at_birth_date: "出生登记的起始日期应为本人出生日期",
  overlapping_spell: "与同一人更早开始的另一段居住登记时间重叠",
  // Warnings (row kept)
  id_number_as_number: "身份证号被存为数字,Excel 只保留15位有效数字(末几位变成0或成了科学计数法):请将该列设为文本后重新录入",
  id_number_format: "身份证号格式不正确(应为18位或15位)",
  id_number_check_digit: "身份证号校验码错误(GB 11643)",
  id_number_birth_date: "身份证号中的出生日期与出生日期列不一致",
  id_number_sex: "身份证号中的性别与性别列不一致",
  duplicate_village_name: "村居名称与前面另一村居相同(代码不同):两村居均予保留,页面和公报中以代码区分",
  mother_self: "母亲编号与本人编号相同:已去掉母亲关联,出生仍计入",
  mother_unknown: "母亲编号不存在(或该人员记录被拒绝):已去掉母亲关联,出生仍计入",
  mother_not_female: "母亲编号指向的人员不是女性:已去掉母亲关联,出生仍计入",
  mother_age: "母亲生育时年龄不在12—55岁:已去掉母亲关联,出生仍计入",
  // A soft field's value it does not accept (fields.ts `soft`): blanked, the row kept.
  policy_compliant_blanked: `${policyCompliant}:${blanked}`,
  birth_order_blanked: `孩次无法识别(应为不小于1的整数,也可留空):${blanked}`,
  village_type_blanked: `${villageType}:${blanked}`,
  too_long_blanked: `${tooLong}(应不超过200个字):${blanked}`,
  services_summed: "同一年份、村居、项目有多行:已合计",
  person_without_residence: "该人员没有任何有效的居住登记,不计入人口"
} as const;

export type Reason = keyof typeof reasons;

export function messageFor(reason: Reason): string {
  return reasons[reason];
}
