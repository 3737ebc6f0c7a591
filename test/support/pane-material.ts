/**
 * The small 2021 material the pane tests open (written for these tests): two aspects, a broken item
 * number ("三基层治理…", index 6), causes and one concrete measure. One paragraph per entry.
 */
export const PANE_LINES: readonly string[] = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '（二）在带头牢记我们党是什么、要干什么这个根本问题方面',
  '一是履职尽责不到位。比如，某项目推进缓慢。',
  '二是狠抓落实不够。比如，某工作进度滞后。',
  '三基层治理存在薄弱环节。比如，社区网格员配备不足。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成。',
];

/**
 * A 2026年度 material (no built-in template for its year; written for these tests): two aspects the
 * notice import names, causes and one measure. The template picker and import tests open it.
 */
export const MATERIAL_2026 = [
  '2026年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）在树立正确政绩观方面',
  '一是急于求成。比如，某项目仓促上马。',
  '（二）在统筹发展和安全方面',
  '一是风险意识不强。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成。',
].join('\n');
