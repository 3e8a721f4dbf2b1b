package io.newslens.localstack.services;

/** One of the three Newslens services as the stack runs it: its module and default HTTP port. */
public enum ServiceSpec {
    INGEST("ingest-service", 8081, "ingest", "160m"),
    SEARCH("search-service", 8082, null, "256m"),
    SUMMARY("summary-service", 8083, "summary", "256m");

    private final String module;
    private final int defaultPort;
    private final String database;
    private final String heap;

    ServiceSpec(String module, int defaultPort, String database, String heap) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.heap = heap;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The PostgreSQL database the service owns, or null when it has none. */
    public String database() {
        return database;
    }

    public String heap() {
        return heap;
    }
}
