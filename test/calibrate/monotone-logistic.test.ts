import type { Sample } from '../../scripts/calibrate/monotone-logistic';
import { fitMonotoneLogistic } from '../../scripts/calibrate/monotone-logistic';

// Small synthetic data: feature 0 marks phishing, feature 1 marks legitimate mail (a negative weight would fit it
// better), feature 2 is noise present in both.
function synthetic(): Sample[] {
  const samples: Sample[] = [];
  for (let i = 0; i < 40; i++) {
    const phishing = i % 2 === 0;
    const indices: number[] = [];
    if (phishing ? i % 10 !== 0 : i % 10 === 1) indices.push(0);
    if (!phishing && i % 4 === 1) indices.push(1);
    if (i % 3 === 0) indices.push(2);
    samples.push({ indices, values: indices.map(() => 1), label: phishing ? 1 : 0, weight: 1 });
  }
  return samples;
}

const OPTIONS = { l2: 0.001, iterations: 2000 };

describe('fitMonotoneLogistic', () => {
  it('gives a phishing mark a positive weight and never a negative one', () => {
    const fit = fitMonotoneLogistic(synthetic(), 3, OPTIONS);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBe(0);
    for (const weight of fit.weights) expect(weight).toBeGreaterThanOrEqual(0);
    expect(fit.bias).toBeLessThan(0);
  });

  it('is deterministic', () => {
    expect(fitMonotoneLogistic(synthetic(), 3, OPTIONS)).toEqual(fitMonotoneLogistic(synthetic(), 3, OPTIONS));
  });

  it('keeps weights at or above their floors', () => {
    const fit = fitMonotoneLogistic(synthetic(), 3, { ...OPTIONS, lowerBounds: [0, 0.5, 0.25] });
    expect(fit.weights[1]).toBe(0.5);
    expect(fit.weights[2]).toBeGreaterThanOrEqual(0.25);
  });

  it('shrinks the weights as the penalty grows, and converges', () => {
    const loose = fitMonotoneLogistic(synthetic(), 3, OPTIONS);
    const tight = fitMonotoneLogistic(synthetic(), 3, { ...OPTIONS, l2: 1 });
    expect(tight.weights[0]).toBeLessThan(loose.weights[0] ?? 0);
    const longer = fitMonotoneLogistic(synthetic(), 3, { ...OPTIONS, iterations: 4000 });
    expect(longer.loss).toBeCloseTo(loose.loss, 6);
  });

  it('weighs samples by their weight', () => {
    // Up-weighting legitimate mail that carries the phishing mark lowers that mark's weight.
    const samples = synthetic().map((s) => (s.label === 0 && s.indices.includes(0) ? { ...s, weight: 20 } : s));
    expect(fitMonotoneLogistic(samples, 3, OPTIONS).weights[0]).toBeLessThan(fitMonotoneLogistic(synthetic(), 3, OPTIONS).weights[0] ?? 0);
  });
});
