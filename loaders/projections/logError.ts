/**
 * Log error of a forecast, ln((actual + 1) / (forecast + 1)): positive when the forecast is too low.
 * The +1 keeps empty cells finite and is negligible for whole villages. Prediction intervals are
 * built on this scale so that they are multiplicative and never negative ({@link predictionIntervalsEmpirical}).
 */
export function logError(actual: number, forecast: number): number {
  return Math.log((actual + 1) / (Math.max(0, forecast) + 1));
}
