package dev.versus.cli;

import dev.versus.load.ArrivalProcess;
import dev.versus.load.Comparison;
import dev.versus.load.LoadModel;
import dev.versus.load.LoadPlan;
import dev.versus.load.SaturationCriteria;
import dev.versus.load.SearchAxis;
import dev.versus.metrics.Slo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The load options of a performance run: closed-loop concurrency or open-loop rates, arrivals,
 * the saturation search and its SLOs. {@link #plan()} checks them together and names the flag at
 * fault.
 */
final class LoadOptions {
  @Option(names = "--concurrency", split = ",", paramLabel = "N",
      description = "Closed-loop levels: clients each sending the next request when the last ends,"
          + " e.g. 1,8,64,256 (default: 1).")
  List<Integer> concurrency = new ArrayList<>();
  @Option(names = "--rate", split = ",", paramLabel = "RPS",
      description = "Open-loop levels in requests/s on an absolute schedule, e.g. 5,10,20.")
  List<Double> rates = new ArrayList<>();
  @Option(names = "--arrival", defaultValue = "poisson", paramLabel = "KIND",
      description = "Open-loop arrivals: constant, poisson or gamma (default: ${DEFAULT-VALUE}).")
  String arrival;
  @Option(names = "--burstiness", paramLabel = "K",
      description = "Gamma shape for --arrival gamma: below 1 burstier than Poisson (default: 1).")
  Double burstiness;
  @Option(names = "--max-concurrency", defaultValue = "0", paramLabel = "N",
      description = "Open loop: cap on requests in flight; waiting shows in schedule latency"
          + " (default: unbounded).")
  int maxConcurrency;
  @Option(names = "--interleave",
      description = "Run each level for every model before the next level (default: all levels"
          + " of one model, then the next).")
  boolean interleave;
  @Option(names = "--find-max",
      description = "Search the highest concurrency (or rate) meeting the SLOs with the error rate"
          + " under --max-error-rate: the knee. The level list gives the search's bounds"
          + " (one value N: 1..N clients or N/16..N requests/s; default concurrency 1..256).")
  boolean findMax;
  @Option(names = "--slo", converter = SloConverter.class, paramLabel = "SLOS",
      description = "Per-request objectives for goodput and --find-max, e.g. ttft=1s,tpot=50ms"
          + " (metrics: ttft, ttfat, itl, tpot, e2e, schedule_latency).")
  Slo slo;
  @Option(names = "--max-error-rate", defaultValue = "0.01", paramLabel = "FRACTION",
      description = "--find-max: highest error rate of a sustainable level (default: ${DEFAULT-VALUE}).")
  double maxErrorRate;
  @Option(names = "--min-goodput", defaultValue = "95", paramLabel = "PERCENT",
      description = "--find-max: lowest share of requests meeting every SLO (default: ${DEFAULT-VALUE}).")
  double minGoodput;

  /** The objectives, none when --slo is absent. */
  Slo slo() {
    return slo == null ? Slo.none() : slo;
  }

  LoadPlan plan() {
    if (!concurrency.isEmpty() && !rates.isEmpty()) {
      throw new BadInputException("give either --concurrency (closed loop) or --rate (open loop), not both");
    }
    for (int c : concurrency) {
      if (c < 1) {
        throw new BadInputException(
            "--concurrency: expected whole numbers of 1 or more, e.g. 1,8,64; got " + c);
      }
    }
    for (double r : rates) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new BadInputException(
            "--rate: expected positive requests per second, e.g. 5,10,20; got " + r);
      }
    }
    String kind = arrival.strip().toLowerCase(Locale.ROOT);
    if (!List.of("constant", "poisson", "gamma").contains(kind)) {
      throw new BadInputException("--arrival: expected constant, poisson or gamma, got '" + arrival + "'");
    }
    double k = burstiness == null ? 1 : burstiness;
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new BadInputException("--burstiness: expected a positive number, got " + burstiness);
    }
    if (burstiness != null && !kind.equals("gamma")) {
      throw new BadInputException("--burstiness needs --arrival gamma");
    }
    if (maxConcurrency < 0 || (maxConcurrency > 0 && rates.isEmpty())) {
      throw new BadInputException("--max-concurrency: expected a count of 1 or more, with --rate");
    }
    if (findMax) {
      return findMaxPlan(kind, k);
    }
    List<LoadModel> levels = new ArrayList<>();
    if (rates.isEmpty()) {
      (concurrency.isEmpty() ? List.of(1) : concurrency)
          .forEach(c -> levels.add(new LoadModel.Closed(c)));
    } else {
      for (double r : rates) {
        ArrivalProcess process = switch (kind) {
          case "constant" -> new ArrivalProcess.Constant(r);
          case "gamma" -> new ArrivalProcess.Gamma(r, k);
          default -> new ArrivalProcess.Poisson(r);
        };
        levels.add(new LoadModel.Open(process, maxConcurrency));
      }
    }
    return new LoadPlan.Levels(levels,
        interleave ? Comparison.Order.INTERLEAVED : Comparison.Order.SEQUENTIAL);
  }

  private LoadPlan findMaxPlan(String kind, double k) {
    if (interleave) {
      throw new BadInputException("--interleave applies to level lists, not to --find-max");
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new BadInputException("--max-error-rate: expected a fraction in [0, 1], e.g. 0.01; got " + maxErrorRate);
    }
    if (!(minGoodput >= 0 && minGoodput <= 100)) {
      throw new BadInputException("--min-goodput: expected a percentage in [0, 100], got " + minGoodput);
    }
    SaturationCriteria criteria = new SaturationCriteria(minGoodput, maxErrorRate, 12);
    SearchAxis axis;
    if (!rates.isEmpty()) {
      if (kind.equals("constant") || maxConcurrency > 0) {
        throw new BadInputException("--find-max with --rate searches Poisson (or gamma) arrivals"
            + " without --max-concurrency");
      }
      double max = rates.stream().mapToDouble(d -> d).max().orElseThrow();
      double min = rates.size() == 1 ? max / 16 : rates.stream().mapToDouble(d -> d).min().orElseThrow();
      axis = new SearchAxis.Rate(min, max, 0.1, k);
    } else {
      int max = concurrency.isEmpty() ? 256 : concurrency.stream().mapToInt(c -> c).max().orElseThrow();
      int min = concurrency.size() < 2 ? 1 : concurrency.stream().mapToInt(c -> c).min().orElseThrow();
      axis = new SearchAxis.Concurrency(min, max);
    }
    return new LoadPlan.FindMax(axis, criteria);
  }
}
