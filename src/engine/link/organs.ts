/**
 * Names of the bodies a material's work happens in: 局党组, 党组会, 常委会, 部务会, 支部, 班子成员,
 * 理论学习中心组. A problem "局党组会研究项目资金分配时，我先定调子" and a measure "在局党组中心组
 * 作专题发言" both name 局党组, but only as where they happen (domain.md: a 班子 or its members write
 * about their own meetings and bodies throughout), so a shared term that is such a name is no
 * specific thing the two share (link.ts, phrases' `terms`).
 */

/**
 * A body's name at the end of a term: a Party organ (党组, 党委, 党工委, 支部), a standing committee
 * (常委, 常委会), the 班子 and its 成员, a 中心组, a 委员会, or a unit's meeting (部务会, 局务会议,
 * 常务会议, 办公会), optionally followed by 会/会议/成员. Anchored at the end; the term may hold a prefix (局, 县委).
 */
const ORGAN = /(?:党组|党委|党工委|支部|常委|班子|中心组|委员会|(?:[部局厅处所]务|常务|办公)会议?)(?:会议|会|成员)?$/;

/** Is `term` (a shared term, whole words) a body's name rather than a thing? Pure. */
export function isOrganName(term: string): boolean {
  return ORGAN.test(term);
}
