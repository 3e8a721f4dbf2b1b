/**
 * Article analysis: the {@link io.newslens.summary.analysis.Analyser} contract and the built-in,
 * offline, CPU-only analyser ({@link io.newslens.summary.analysis.BuiltinAnalyser}, name "builtin"),
 * plus the proposition stance detector behind {@code POST /api/stance}
 * ({@link io.newslens.summary.analysis.stance.ModelStanceDetector}).
 *
 * <ul>
 *   <li>{@code text}: sentence and paragraph segmentation with exact offsets, tokens, light stemming,
 *       the sentiment lexicon and related-terms list ({@code src/main/resources/analysis/}, written for
 *       this project, no third-party licence).</li>
 *   <li>{@code claims}: claim sentences; type (factual, causal, predictive, evaluative, prescriptive)
 *       from cue patterns; hedging with its cue; attribution to the quoted person or body;
 *       check-worthiness.</li>
 *   <li>{@code entities}: capitalisation-based names when ingest supplied none; stance on salient
 *       entities from the lexicon.</li>
 *   <li>{@code summary}: thesis selection and the extractive 3-5 sentence summary.</li>
 *   <li>{@code stance}: FNC-1 features and gradient-boosted trees (implemented here, no library),
 *       trained by {@code bench/stance --train} from {@code ../shared/benchmarks/fnc-1/train_*.csv}
 *       into {@code analysis/stance-model.txt} (deterministic: same data, same file); for opinion
 *       pieces, where FNC-1 would say "discuss", the side the author argues.</li>
 * </ul>
 * The shipped model is derived from the FNC-1 training data, which its source publishes without a
 * licence file (see ../shared/benchmarks/fnc-1/SOURCE.md).
 */
package io.newslens.summary.analysis;
