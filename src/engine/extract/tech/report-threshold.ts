import type { TechDetection } from "../../types.ts";

// detectTechnologies keeps every detection with its confidence; what a prospect profile (and the
// label schema) lists is only what clear evidence supports. Weak evidence types carry
// `\;confidence:50` in the fingerprints and narrow-reach evidence is halved, so one weak signal
// (50) stays out and two independent ones (100) get in.
export const MIN_REPORTED_CONFIDENCE = 75;

export function reportedTechnologies(detections: TechDetection[]): TechDetection[] {
  return detections.filter((d) => d.confidence >= MIN_REPORTED_CONFIDENCE);
}
