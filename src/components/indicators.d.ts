// Declarations for indicators.js, which the town pages' view loader (src/data/town.tar.ts) also reads,
// to keep the checks of the one project with a target as 项目与经费 picks it.
export const indicators: {key: string; label: string; unit: string; count?: string; low?: string; high?: string; stock?: boolean; project?: string; average?: boolean; sum?: boolean}[];
