/**
 * A problem naming what it falls short on after 对 ("对基层所的监督偏软") is answered, weakly, by a
 * measure acting on the same 对X ("对基层所每半年开展一次交叉检查") when nothing else answers it (t23
 * m04b). Not when another problem writes the same 对X. Our own texts.
 */
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

const run = (problems: string[], measures: string[]) => linkOutline(outline({ aspects: [{ aspect: null, problems }], measures })).links;

describe('the same object after 对 links a problem nothing else answers', () => {
  test.each([
    // Each with another problem writing the object in passing (so it is no rare term of one problem).
    ['基层所', ['二是对基层所的监督偏软，某所2名执法人员违规接受宴请。', '一是班子成员到基层所调研共5次。'], ['（一）每月开展一次专题学习。', '（五）对基层所每半年开展一次交叉检查。']],
    ['下属事业单位', ['三是对下属事业单位的管理失之于宽，个别单位账目不清。', '一是到下属事业单位调研少。'], ['（一）每月开展一次专题学习。', '（二）对下属事业单位每季度开展一次财务抽查。']],
    ['新入职人员', ['一是对新入职人员的带教不够，今年有3人考核不合格。', '二是新入职人员流失多。'], ['（三）年底前修订考勤办法。', '（四）对新入职人员实行“一对一”带教，每月考核一次。']],
  ])('%s', (_n, problems, measures) => {
    const l = run(problems, measures)[0];
    expect(l.measure).toBe(1);
    expect(l.strength).not.toBe('none');
  });

  test('another problem writing the same 对X: no one problem\'s object', () => {
    // (A 交叉检查 is 监督问责 itself and would answer 监督偏软 by that concept: a 财务抽查 here.)
    const links = run(['二是对基层所的监督偏软。', '三是对基层所的指导不够。'], ['（一）每月开展一次专题学习。', '（五）对基层所每半年开展一次财务抽查。']);
    expect(links[0].measure).not.toBe(1);
  });

});
