package dev.versus.serve;

import dev.versus.report.ReportLanguage;
import java.util.Objects;

/**
 * Where the dashboard listens and how it writes reports.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port the TCP port, 0 for any free one
 * @param language the language of reports unless a request asks for another ({@code ?lang=es})
 * @param runLimit how many of the newest runs the runs page lists (1..100000)
 */
public record DashboardConfig(String host, int port, ReportLanguage language, int runLimit) {

  public DashboardConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    Objects.requireNonNull(language, "language");
    if (runLimit < 1 || runLimit > 100_000) {
      throw new IllegalArgumentException("runLimit must be 1..100000, got " + runLimit);
    }
  }

  /** Loopback, port 8090, English, the newest 200 runs. */
  public static DashboardConfig defaults() {
    return new DashboardConfig("127.0.0.1", 8090, ReportLanguage.EN, 200);
  }

  /** A copy listening on another address. */
  public DashboardConfig withHost(String address) {
    return new DashboardConfig(address, port, language, runLimit);
  }

  /** A copy listening on another port. */
  public DashboardConfig withPort(int number) {
    return new DashboardConfig(host, number, language, runLimit);
  }

  /** A copy writing reports in another language. */
  public DashboardConfig withLanguage(ReportLanguage reportLanguage) {
    return new DashboardConfig(host, port, reportLanguage, runLimit);
  }
}
