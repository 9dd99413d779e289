import { CallTree, mergeProfiles, selectSampleType } from '@hotpath/analysis';
import type { Profile } from '@hotpath/profile';
import { buildReport, type Finding, type Report } from '@hotpath/report';
import { builtinRules, type CostOptions, detect } from '@hotpath/rules';
import { locateFindings, SourceResolver } from '@hotpath/source';
import { classifyTree, mergeFindings } from '@hotpath/classifier';

export interface PipelineOptions {
  /** Sample type to analyse (name or index); the profile's default when absent. */
  sampleType?: string;
  /** Run the rule library (default true). */
  rules?: boolean;
  /** Run the stack classifier (default true). */
  model?: boolean;
  /** The probability a model category needs (default: the classifier's DEFAULT_THRESHOLD). */
  modelThreshold?: number;
  /**
   * A checkout of the program's source: frames are resolved and findings
   * located in it. A resolver already built over it can be passed instead, so
   * a caller that also links to the source indexes the tree once.
   */
  source?: string | SourceResolver;
  /** With `source`: build a patch for each located finding where one can be built (default true). */
  patches?: boolean;
  cost?: CostOptions;
  /** Nodes of the flame graph to include (the HTML view wants one; the JSON contract has none). */
  flameGraph?: number;
}

/**
 * The whole pipeline after decoding: aggregate, detect, locate, assemble.
 * The CLI and the workers call this one function, so a profile gets the same
 * report wherever it is analysed.
 */
export async function analyzeProfiles(profiles: Profile[], options: PipelineOptions = {}): Promise<Report> {
  if (profiles.length === 0) throw new Error('analyzeProfiles needs at least one profile');
  const profile = profiles.length === 1 ? profiles[0] : mergeProfiles(profiles, options.sampleType);
  const typeIndex = profiles.length === 1 ? selectSampleType(profile, options.sampleType) : 0;
  const tree = new CallTree(profile, typeIndex, { granularity: 'line' });
  // One resolver serves the rules (source lines, through source maps) and the locate stage.
  const source = typeof options.source === 'string' ? new SourceResolver(options.source) : options.source;
  const ruleFindings: Finding[] = options.rules === false ? [] : detect(tree, builtinRules(), { cost: options.cost, source });
  const findings =
    options.model === false ? ruleFindings : mergeFindings(ruleFindings, await classifyTree(tree, { threshold: options.modelThreshold, ruleFindings }));
  const located = source ? await locateFindings(findings, source, { patches: options.patches }) : undefined;
  const report = buildReport(tree, located ? located.findings : findings, { flameGraph: options.flameGraph });
  if (located) report.profile.warnings.push(...located.warnings);
  return report;
}
