package fr.ambassade.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The French analyser: standard tokenizer, elision (l', d'…), lowercase, ASCII folding (accents, œ),
 * French light stemming (plurals). Typos are handled at query time with fuzzy matching.
 */
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String FRENCH = "french";
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH)
                .custom()
                .tokenizer("standard")
                // without "articles" Lucene uses the French defaults (l, m, t, qu, n, s, j, d, c, jusqu, quoiqu,
                // lorsqu, puisqu); the parameter names a resource file, not a list
                .tokenFilter("elision")
                .param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
