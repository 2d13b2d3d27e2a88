/**
 * Assumptions of the sample generator other than fertility and mortality: the age structure of
 * the register's first day, migration, moves between villages, sex ratio at birth, birth policy
 * compliance and the service and funding figures. All rates are annual probabilities per person.
 */
export const sampleRates = {
  /** Relative size of 5-year age groups 0–4 … 100+ on the first day, rural 村 (bulge at 40–55). */
  ageWeightsVillage: [45, 45, 45, 50, 45, 40, 45, 60, 90, 100, 90, 70, 72, 55, 40, 30, 18, 8, 3, 0.8, 0.1],
  /** Same for 社区: more young adults and children, fewer old people. */
  ageWeightsCommunity: [60, 55, 50, 55, 70, 80, 80, 85, 95, 95, 80, 60, 55, 38, 27, 20, 12, 5, 1.5, 0.4, 0.05],
  /** Share of men on the first day by age: [upper age (exclusive), share]. */
  maleShareByAge: [[20, 0.52], [60, 0.51], [75, 0.49], [85, 0.44], [200, 0.36]] as [number, number][],
  /** Share of migrants (流动) on the first day: adults 18–50 and children under 15. */
  initialMigrantAdult: {社区: 0.15, 村: 0.04},
  initialMigrantChild: {社区: 0.08, 村: 0.02},
  /** Parity of women on the first day: [upper age (exclusive), P(0), P(1), P(2), P(3)]. */
  initialParity: [
    [20, 0.97, 0.03, 0, 0],
    [25, 0.6, 0.35, 0.05, 0],
    [30, 0.25, 0.55, 0.18, 0.02],
    [35, 0.1, 0.55, 0.3, 0.05],
    [40, 0.06, 0.5, 0.37, 0.07],
    [200, 0.05, 0.45, 0.4, 0.1]
  ] as number[][],
  /** Out-migration of registered (户籍) people leaving the town for good. */
  outMigration: {age16to17: 0.02, age18to30: {村: 0.055, 社区: 0.035}, womenExtra20to30: 0.01, age31to45: 0.01, other: 0.002},
  /** Migrants (流动) leave again; their children under 18 who came with or were born to them follow. */
  migrantLeave: 0.18,
  /** Arriving migrant households per resident and year. */
  migrantInflow: {社区: 0.035, 村: 0.012},
  /** A migrant woman aged 22+ arrives with children with this probability (1 child, or 2 in 30 %). */
  migrantWithChildren: 0.35,
  /** Registered people moving in (mostly women marrying in), per resident and year. */
  hukouInflow: 0.003,
  /** Moves between villages of the town: adults 18+, plus women 20–30 (marriage). */
  internalMove: {adult: 0.004, womenExtra20to30: 0.012},
  /** Probability that a birth is male: normal villages (SRB 106) and high-SRB villages (SRB 118). */
  maleBirth: {normal: 106 / 206, high: 118 / 218},
  /** Births whose mother link is missing in the register. */
  noMotherLink: 0.015,
  /** Probability that a birth is within the policy. */
  compliance: {
    firstUnder20: 0.4,
    first: 0.995,
    secondBefore2016: {村: 0.35, 社区: 0.15},
    second: 0.99,
    higherBeforeThreeChild: 0.05,
    higher: 0.97
  },
  /** Services: the pre-pregnancy check's eligible couples per birth, and coverage of the others. */
  services: {checkPerBirth: [1.05, 1.35], maternal: [0.9, 0.99], reward: [0.96, 1.0], child: [0.85, 0.98], rewardShareOf60: 0.08},
  /** Funding: share of the village amount from the county (rest from the town). */
  funding: {countyShare: 0.6, townLevelPerHead: 1.2}
};
