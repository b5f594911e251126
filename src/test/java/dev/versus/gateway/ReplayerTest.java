package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.NanoClock;
import dev.versus.eval.TextEmbedder;
import dev.versus.provider.ProviderRegistry;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.SimProviders;
import dev.versus.store.GatewayLogRow;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Replayer} through its API, on a SQLite store and the in-process simulator. */
class ReplayerTest {
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"),
      ZoneOffset.UTC);

  @TempDir Path dir;
  private Store store;
  private SimProviders sims;
  private final ProviderRegistry registry = ProviderRegistry.create(name -> null);

  @BeforeEach
  void open() {
    store = Store.open("sqlite:" + dir.resolve("versus.db"));
    sims = SimProviders.create(0, AnswerKeys.empty()).installInto(registry);
  }

  @AfterEach
  void close() {
    sims.close();
    store.close();
  }

  /** A toy embedding (letter counts): real enough to tell equal texts from different ones. */
  private static final TextEmbedder LETTERS = text -> {
    float[] v = new float[26];
    for (byte b : text.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII)) {
      if (b >= 'a' && b <= 'z') {
        v[b - 'a']++;
      }
    }
    return v;
  };

  private static GatewayLogRow logged(String id, int i, String response, int status) {
    return new GatewayLogRow(id, T0.toEpochMilli() * 1000 + i, "", "chat", "auto", "flash",
        "", "", false, 10, 5, 0, Double.NaN, -1, 800_000_000L, status, "", "", false,
        "[{\"role\":\"user\",\"content\":\"Di hola número " + i + "\"}]", response);
  }

  private ReplaySettings settings(String candidate) {
    return new ReplaySettings(T0, T0.plusSeconds(60), "chat", candidate, 100, 2, 0.5, "es",
        1.0, 2.0, "", 7);
  }

  @Test
  void run_unrelatedLoggedResponses_disagreeAndStoreTheRunWithSimilarity() {
    store.gatewayLogs().insertAllIfAbsent(List.of(
        logged("a", 1, "zzz qqq", 200), logged("b", 2, "xxx yyy", 200),
        logged("failed", 3, "", 503)));

    ReplayResult result = new Replayer(store, registry, CLOCK, NanoClock.system())
        .withEmbedder(LETTERS).run(settings("sim:instant"));

    ReplaySummary s = result.summary();
    assertThat(s.selected()).isEqualTo(3);
    assertThat(s.replayed()).isEqualTo(2);
    assertThat(s.skipped()).containsEntry("no-logged-response", 1);
    assertThat(s.agreement().estimate()).isZero();
    assertThat(s.similarity().computed()).isTrue();
    assertThat(s.similarity().mean()).isBetween(0.0, 1.0);
    assertThat(s.loggedCostKnown()).isZero();
    assertThat(s.candidateCostUsd()).isPositive();
    assertThat(result.cases()).extracting(ReplayCase::requestId).containsExactly("a", "b");
    RunInfo run = store.runs().find(s.runId()).orElseThrow();
    assertThat(run.kind()).isEqualTo("replay");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.startedAt()).isEqualTo(CLOCK.instant());
    assertThat(run.summaryJson()).contains("\"similarity\":{\"computed\":true");
    assertThat(store.evalResults().list(s.runId(), Replayer.MODEL_KEY)).hasSize(2)
        .allSatisfy(r -> assertThat(r.passed()).isFalse());
  }

  @Test
  void run_unknownCandidateProvider_failsBeforeStoringARun() {
    store.gatewayLogs().insertAllIfAbsent(List.of(logged("a", 1, "hola", 200)));

    assertThatThrownBy(() -> new Replayer(store, registry, CLOCK, NanoClock.system())
        .run(settings("nosuch:model")))
        .hasMessageContaining("unknown provider 'nosuch'");
    assertThat(store.runs().list(dev.versus.store.RunFilter.all().kind("replay"))).isEmpty();
  }
}
