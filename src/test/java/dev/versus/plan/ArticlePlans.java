package dev.versus.plan;

/** A plan over the two simulated models that the article's claims fit. */
final class ArticlePlans {
  private ArticlePlans() {}

  static final String DEMO = """
      title: Gemini 2.5 Flash vs Llama 4 Maverick (simulated)
      models:
        flash: { model: sim:gemini-2.5-flash, price: { input-per-million: 0.30, output-per-million: 2.50 } }
        maverick: { model: sim:llama-4-maverick, price: { input-per-million: 0.27, output-per-million: 0.85 } }
      performance:
        workload: { input-tokens: 512, output-tokens: 256, language: es }
        load: { concurrency: [1, 64, 256, 512] }
        duration: 5s
      quality:
        suites: [nlu-es, math-matrices, long-context, injection]
        repeat: 2
      claims:
        - include: article
      """;
}
