package dev.versus.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Text resources under {@code report/}, read once. */
final class Resources {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Resources() {}

  static String text(String path) {
    return CACHE.computeIfAbsent(path, Resources::load);
  }

  private static String load(String path) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ReportException("missing resource " + path + " (is the jar complete?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("cannot read resource " + path, e);
    }
  }
}
