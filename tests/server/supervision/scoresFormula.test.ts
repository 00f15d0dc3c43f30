import { expect } from 'chai';
import { DEFAULT_SCORE_FORMULA, scoreOf, type ScoreInputs } from '@govflow/server';

/** A month's inputs with only the named counts set. */
function month(counts: Partial<ScoreInputs['counts']>, completed = 0, early = 0): ScoreInputs {
  return {
    completed,
    early,
    counts: {
      warnings: 0,
      yellowCards: 0,
      redCards: 0,
      overdueCases: 0,
      complaints: 0,
      substantiatedComplaints: 0,
      negativeEvaluations: 0,
      ...counts,
    },
  };
}

describe('scores / the 100-point scheme of DOMAIN.md, by hand', () => {
  it('given 7 warnings, 2 yellow cards, 1 red card and 7 of 30 cases early, then 100 − 6 − 10 − 10 + 2 = 76', () => {
    const score = scoreOf(month({ warnings: 7, yellowCards: 2, redCards: 1 }, 30, 7), DEFAULT_SCORE_FORMULA);
    expect(score.lines.map((l) => [l.label, l.count, l.points])).to.deep.equal([
      ['预警', 7, -6],
      ['黄牌', 2, -10],
      ['红牌', 1, -10],
    ]);
    // 7 / 30 = 23.3 % → two full steps of 10 %
    expect(score.bonus).to.deep.equal({ early: 7, completed: 30, steps: 2, points: 2 });
    expect(score.score).to.equal(76);
    expect(score.belowThreshold).to.equal(true);
  });

  it('given three warnings, then −3; two warnings cost nothing yet; six cost −6', () => {
    expect(scoreOf(month({ warnings: 2 }), DEFAULT_SCORE_FORMULA).score).to.equal(100);
    expect(scoreOf(month({ warnings: 3 }), DEFAULT_SCORE_FORMULA).score).to.equal(97);
    expect(scoreOf(month({ warnings: 6 }), DEFAULT_SCORE_FORMULA).score).to.equal(94);
  });

  it('given early completions at exactly 10 % of the month’s cases, then +1; just under, nothing; 100 %, +10', () => {
    expect(scoreOf(month({}, 30, 3), DEFAULT_SCORE_FORMULA).bonus.points).to.equal(1);
    expect(scoreOf(month({}, 30, 2), DEFAULT_SCORE_FORMULA).bonus.points).to.equal(0);
    // 29 of 30 is 96.7 %: nine full steps
    expect(scoreOf(month({}, 30, 29), DEFAULT_SCORE_FORMULA).bonus.points).to.equal(9);
    expect(scoreOf(month({}, 30, 30), DEFAULT_SCORE_FORMULA).score).to.equal(110);
    // 1 of 3 is 33.3 %: three steps
    expect(scoreOf(month({}, 3, 1), DEFAULT_SCORE_FORMULA).bonus.points).to.equal(3);
  });

  it('given no completed case, then no bonus; given a cap of 3, then at most +3', () => {
    expect(scoreOf(month({}, 0, 0), DEFAULT_SCORE_FORMULA).bonus).to.deep.equal({
      early: 0,
      completed: 0,
      steps: 0,
      points: 0,
    });
    const capped = { ...DEFAULT_SCORE_FORMULA, earlyBonus: { stepPercent: 10, points: 1, maxPoints: 3 } };
    expect(scoreOf(month({}, 10, 10), capped).score).to.equal(103);
  });

  it('given eleven red cards, then the score stops at the floor of 0; 89 is warned, 90 is not', () => {
    expect(scoreOf(month({ redCards: 11 }), DEFAULT_SCORE_FORMULA).score).to.equal(0);
    expect(scoreOf(month({ redCards: 1 }), DEFAULT_SCORE_FORMULA).belowThreshold).to.equal(false);
    expect(scoreOf(month({ redCards: 1, warnings: 3 }, 10, 2), DEFAULT_SCORE_FORMULA)).to.deep.include({
      score: 89,
      belowThreshold: true,
    });
  });

  it('given another formula (complaints −2 each, every two negative evaluations −1, no bonus), then it is applied as written', () => {
    const formula = {
      ...DEFAULT_SCORE_FORMULA,
      rules: [
        { metric: 'complaints', every: 1, points: -2 },
        { metric: 'negativeEvaluations', every: 2, points: -1 },
      ],
      earlyBonus: null,
    } as const;
    const score = scoreOf(month({ complaints: 3, negativeEvaluations: 5, redCards: 9 }, 10, 10), formula);
    expect(score.lines.map((l) => l.points)).to.deep.equal([-6, -2]);
    expect(score.score).to.equal(92);
  });
});
