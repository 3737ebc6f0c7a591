/**
 * The heading line above a 整改清单 table: 整改清单 (the one 插入整改清单 writes), 四、整改清单,
 * 问题整改清单：, **整改清单**. No imports: the Word and preview hosts ask it before inserting.
 */

/** A number before it (四、 （四） 4.), 问题/任务 around it, a closing colon or full stop. */
const HEADING = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])?(?:问题)?整改(?:任务)?清单[：:。]?$/;

/** Is `text` a heading line naming a 整改清单 and nothing else (spaces and markdown marks aside)? */
export function isChecklistHeading(text: string): boolean {
  return HEADING.test(text.replace(/[\s\u3000*#]/g, ''));
}
