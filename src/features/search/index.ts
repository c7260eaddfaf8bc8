/**
 * The search engine's public surface: generic, in-process, no SQL, no patent knowledge.
 *
 * - Segmentation: {@link tokenizeForIndex} (search mode) / {@link tokenizeQuery} (precise mode), or the
 *   pair as {@link chineseAnalyzer}.
 * - Ranking, filters, facets, sorting: {@link Bm25fIndex} (BM25F over weighted fields).
 * - Highlighting: {@link snippet} / {@link highlight}.
 * - Persistence with a caller-supplied watermark: {@link openIndexStore}.
 */
export {
  Bm25fIndex,
  type Explanation,
  type FacetCount,
  type FieldContribution,
  type FieldSpec,
  type IndexDocument,
  type IndexOptions,
  type IndexSchema,
  type IndexStats,
  type QueryTerm,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SortSpec,
  type TermExplanation,
} from './bm25fIndex';
export {
  IncompatibleIndexError,
  type IndexChange,
  type IndexStore,
  type IndexStoreOptions,
  type OpenReport,
  openIndexStore,
  SNAPSHOT_FORMAT_VERSION,
} from './indexStore';
export {
  ANALYZER_VERSION,
  type Analyzer,
  chineseAnalyzer,
  normalizeText,
  STOPWORDS,
  tokenizeForIndex,
  tokenizeQuery,
  warmUpSegmenter,
} from './segment';
export {
  escapeHtml,
  highlight,
  type Snippet,
  type SnippetOptions,
  type SnippetSegment,
  snippet,
} from './snippet';
