/**
 * What the published figures are computed from, named one way everywhere a reader sees it: the
 * bulletin's lead, its table notes and its note on 常住人口, the site's footer, 总览's source note and
 * the downloads page. The extract is taken from the office's 全员人口信息库, which holds the registered
 * (户籍) and the migrant (流动) population alike; the tool cannot know which agency keeps the records
 * behind it, so it names none (not 公安).
 */
export const dataSource = "全员人口信息库(户籍人口和流动人口登记资料)";
