package dev.versus.store;

/** The {@link Store} over a JDBC connection pool. */
final class JdbcStore implements Store {
  private final Database database;
  private final String schemaVersion;
  private final Runs runs;
  private final RequestRecords requests;
  private final EvalResults evalResults;
  private final GatewayLogs gatewayLogs;
  private final HistogramIntervals histogramIntervals;

  private JdbcStore(Database database, String schemaVersion) {
    this.database = database;
    this.schemaVersion = schemaVersion;
    this.runs = new SqlRuns(database);
    this.requests = new SqlRequestRecords(database);
    this.evalResults = new SqlEvalResults(database);
    this.gatewayLogs = new SqlGatewayLogs(database);
    this.histogramIntervals = new SqlHistogramIntervals(database);
  }

  static Store open(StoreLocation location) {
    Database database = Database.connect(location);
    try {
      return new JdbcStore(database, database.exclusively(() -> Migrations.migrate(database)));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public StoreLocation location() {
    return database.location();
  }

  @Override
  public String schemaVersion() {
    return schemaVersion;
  }

  @Override
  public Runs runs() {
    return runs;
  }

  @Override
  public RequestRecords requests() {
    return requests;
  }

  @Override
  public EvalResults evalResults() {
    return evalResults;
  }

  @Override
  public GatewayLogs gatewayLogs() {
    return gatewayLogs;
  }

  @Override
  public HistogramIntervals histogramIntervals() {
    return histogramIntervals;
  }

  @Override
  public void close() {
    database.close();
  }

  @Override
  public String toString() {
    return "Store[" + database.location() + ", schema v" + schemaVersion + "]";
  }
}
