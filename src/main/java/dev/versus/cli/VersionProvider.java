package dev.versus.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersusCommand.class.getPackage().getImplementationVersion();
    return new String[] {"versus " + (version == null ? "dev" : version)};
  }
}
