// A weighted logistic regression whose weights never go below a floor (0 by default): a red flag can only raise the
// score. Fitted by accelerated projected gradient descent (FISTA) with an L2 penalty on the weights, full batch,
// fixed step and a fixed number of rounds: the same data always gives the same weights. Small enough to audit; the
// score table needs nothing more than this, so no machine-learning dependency.

/** One example: sparse feature counts, a label (1 = phishing) and how much it counts. */
export interface Sample {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly label: 0 | 1;
  readonly weight: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), per unit of sample weight. */
  readonly l2: number;
  readonly iterations: number;
  /** Lowest value of each weight; 0 when absent (monotone: no feature lowers the score). */
  readonly lowerBounds?: readonly number[];
}

export interface Fit {
  readonly weights: number[];
  readonly bias: number;
  /** The objective at the end (weighted mean log-loss + penalty), to see that it converged. */
  readonly loss: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function logOnePlusExp(z: number): number {
  return z > 30 ? z : Math.log1p(Math.exp(z));
}

function margin(sample: Sample, weights: readonly number[], bias: number): number {
  let z = bias;
  for (let k = 0; k < sample.indices.length; k++) z += (weights[sample.indices[k] ?? 0] ?? 0) * (sample.values[k] ?? 0);
  return z;
}

function objective(samples: readonly Sample[], weights: readonly number[], bias: number, l2: number, totalWeight: number): number {
  let loss = 0;
  for (const sample of samples) {
    const z = margin(sample, weights, bias);
    loss += sample.weight * logOnePlusExp(sample.label === 1 ? -z : z);
  }
  return loss / totalWeight + (l2 / 2) * weights.reduce((sum, w) => sum + w * w, 0);
}

/** Fits weights >= their floors and a free bias, minimising weighted log-loss + l2/2 * |w|^2. */
export function fitMonotoneLogistic(samples: readonly Sample[], featureCount: number, options: FitOptions): Fit {
  const floors = Array.from({ length: featureCount }, (_, j) => options.lowerBounds?.[j] ?? 0);
  const totalWeight = samples.reduce((sum, s) => sum + s.weight, 0);
  if (totalWeight <= 0) throw new Error('fitMonotoneLogistic: no sample weight');
  // Step 1/L, with L an upper bound of the loss's curvature: 1/4 of the weighted mean squared norm (bias included).
  const curvature = samples.reduce((sum, s) => sum + s.weight * (1 + s.values.reduce((a, v) => a + v * v, 0)), 0) / (4 * totalWeight) + options.l2;
  const step = 1 / curvature;

  let weights = floors.slice();
  let bias = 0;
  let previous = weights.slice();
  let previousBias = bias;
  let momentum = 1;
  for (let round = 0; round < options.iterations; round++) {
    // Gradient at the extrapolated point (y = x + beta (x - x_prev)).
    const nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
    const beta = (momentum - 1) / nextMomentum;
    const y = weights.map((w, j) => w + beta * (w - (previous[j] ?? 0)));
    const yBias = bias + beta * (bias - previousBias);
    const gradient = y.map((w) => options.l2 * w);
    let gradientBias = 0;
    for (const sample of samples) {
      const residual = (sample.weight * (sigmoid(margin(sample, y, yBias)) - sample.label)) / totalWeight;
      gradientBias += residual;
      for (let k = 0; k < sample.indices.length; k++) {
        const j = sample.indices[k] ?? 0;
        gradient[j] = (gradient[j] ?? 0) + residual * (sample.values[k] ?? 0);
      }
    }
    previous = weights;
    previousBias = bias;
    weights = y.map((w, j) => Math.max(floors[j] ?? 0, w - step * (gradient[j] ?? 0)));
    bias = yBias - step * gradientBias;
    momentum = nextMomentum;
  }
  return { weights, bias, loss: objective(samples, weights, bias, options.l2, totalWeight) };
}
