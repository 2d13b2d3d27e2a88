// Okabe–Ito colours (safe for the common colour-vision deficiencies), town first.
export const palette = ["#000000", "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
