/**
 * Study topics in a measure: "认真学习习近平总书记关于保障和改善民生、关于防范化解重大风险的重要论述"
 * promises to study what the 论述 are about, not to act on it. A measure of 理论学习 names its
 * topics (domain.md: measures 强化理论武装 with 学懂弄通; the notices' 学习贯彻习近平总书记关于…的重要
 * 论述/重要讲话/重要指示精神), and a problem about 民生 or 风险 is not answered by studying them. So the
 * concept lexicon does not read a measure's topic words (link.ts conceptProfile); its shared phrases
 * still count (a problem "对总书记关于教育的重要论述学得不系统" is answered by studying that 论述).
 *
 * Cost: one indexOf for "的重要" per measure; only a measure holding it is scanned by the pattern.
 */

/**
 * A study topic: 关于 … up to 的重要论述 / 重要讲话 / 重要指示 / 重要批示 / 重要思想 / 重要回信 /
 * 重要文章 (批示 after 指示 too), within one sentence (no 。；！？ and at most 60 characters between).
 * Group 1 is the topic (what the mask blanks out). Module constant: a literal in the function would
 * make a RegExp object each call.
 */
const TOPIC = /关于([^。；;！？!?\n]{1,60}?)的重要(?:论述|讲话|指示|批示|思想|回信|文章)/g;

/** The character a masked topic is written with (starts no lexicon form, is no CJK character). */
export const TOPIC_MASK = '\u3000';

/**
 * `text` with the topics of its study promises blanked out (each character replaced by
 * TOPIC_MASK, so offsets and the length stay the same), or `text` itself when it holds none.
 * Pure; UTF-16 code units.
 */
export function maskStudyTopics(text: string): string {
  if (text.indexOf('的重要') < 0) return text;
  TOPIC.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = TOPIC.exec(text); m; m = TOPIC.exec(text)) {
    const start = m.index + 2;
    const end = start + m[1].length;
    out += text.slice(from, start) + TOPIC_MASK.repeat(end - start);
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A measure's owner named as 由…负责/牵头/督办: the body or person between is who does it, not what. */
const OWNER = /由([^，。；;,、：:\n（(]{2,12}?)(?:牵头|负责|督办)/g;

/**
 * `text` with the owners it names (由干部监督科负责, 由县纪委牵头) blanked out like study topics
 * (TOPIC_MASK, same length), or `text` itself when it names none: a concept form in an owner's
 * name (监督 in 干部监督科) is who carries the measure out, not what it promises. Pure.
 */
export function maskOwners(text: string): string {
  if (text.indexOf('由') < 0) return text;
  OWNER.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let m = OWNER.exec(text); m; m = OWNER.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    out += text.slice(from, start) + TOPIC_MASK.repeat(end - start);
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}
