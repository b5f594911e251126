package dev.versus.report;

/** The saturation knee of one model: the highest load level that still met the SLOs. */
public sealed interface Knee {

  /** The model this knee belongs to. */
  String modelKey();

  /** The SLO it was judged against, as written, e.g. {@code "ttft p99 <= 1 s, tpot p99 <= 50 ms"}. */
  String slo();

  /**
   * A level met the SLOs (and the error bound) and the next one up did not, or was not tried.
   *
   * @param highestWithinSlo the highest level that met every SLO
   * @param sweepEndedWithinSlo true when every tried level met them, so the true knee lies higher
   */
  record Found(String modelKey, String slo, LoadLevel highestWithinSlo, boolean sweepEndedWithinSlo)
      implements Knee {
    public Found {
      Checks.text(modelKey, "knee.modelKey");
      Checks.text(slo, "knee[" + modelKey + "].slo");
      java.util.Objects.requireNonNull(highestWithinSlo, "knee[" + modelKey + "].highestWithinSlo");
    }
  }

  /** Not even the lowest level met the SLOs. */
  record NoneWithinSlo(String modelKey, String slo, LoadLevel lowestTried) implements Knee {
    public NoneWithinSlo {
      Checks.text(modelKey, "knee.modelKey");
      Checks.text(slo, "knee[" + modelKey + "].slo");
      java.util.Objects.requireNonNull(lowestTried, "knee[" + modelKey + "].lowestTried");
    }
  }
}
