import fc from "fast-check";

// Property tests explore new cases on every local run; CI pins FC_SEED so a landing never depends on the draw.
// A failure prints its seed and path, so any local find can be replayed.
const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== "") fc.configureGlobal({ seed: Number(seed) });
