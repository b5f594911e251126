package dev.versus.cli;

import dev.versus.core.ConfigException;
import dev.versus.plan.FigureRef;
import dev.versus.plan.ModelSpec;
import dev.versus.plan.Plan;
import dev.versus.plan.PlanClaim;
import dev.versus.plan.PlanReader;
import dev.versus.plan.Pricing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus check PLAN}: validates a plan file and lists what it will measure, sending nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a plan file (every key, value, file, secret, price and claim) without sending any"
          + " request, and list the models, load levels, suites and the figures each claim needs."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN", description = "The plan file (YAML).")
  Path file;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() {
    Plan plan;
    try {
      plan = PlanReader.read(file, System::getenv);
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": valid plan \"" + plan.title() + "\"");
    out.println("models:");
    plan.models().values().forEach(m -> out.println("  " + m.key() + ": " + m.ref() + price(m)));
    plan.performance().ifPresent(p -> out.println("performance: levels "
        + p.levels().stream().map(l -> l.label()).collect(Collectors.joining(", "))
        + "; " + p.duration().toSeconds() + " s each after " + p.warmup().toSeconds() + " s warm-up"
        + (p.findMax() ? "; find-max" : "")));
    plan.quality().ifPresent(q -> out.println("quality: " + String.join(", ", q.suiteNames())
        + "; repeat " + q.repeat()
        + q.judge().map(j -> "; judge " + j.reference()
            + j.planModel().map(k -> " (model " + k + ")").orElse("")).orElse("")));
    out.println("claims: " + plan.claims().size());
    for (PlanClaim claim : plan.claims()) {
      String body = switch (claim) {
        case PlanClaim.Measurable m -> m.expression().text();
        case PlanClaim.Fact f -> "fact: " + f.verdict().wireName() + " (" + f.source() + ")";
      };
      out.println("  " + claim.id() + ": " + body);
      String needs = plan.figuresNeeded(claim).stream().map(FigureRef::name)
          .collect(Collectors.joining(", "));
      if (!needs.isEmpty()) {
        out.println("      needs " + needs);
      }
    }
    out.flush();
    return 0;
  }

  private static String price(ModelSpec m) {
    return switch (m.pricing()) {
      case Pricing.None none -> "";
      case Pricing.PerToken p -> String.format(Locale.ROOT,
          " (USD %.2f in / %.2f out per 1M tokens)", p.inputPerMillion(), p.outputPerMillion());
      case Pricing.SelfHosted h -> String.format(Locale.ROOT,
          " (self-hosted: USD %.2f per GPU-hour x %d)", h.gpuHourPrice(), h.gpus());
    };
  }
}
