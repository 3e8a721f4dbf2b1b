# Sourced by bench/search and bench/search-probe (with $repo set, in $repo): builds the checkout and writes the
# classpath of the search benchmark's JVM ($bench_classpath); then the JVM the services run on and the class-data setting.
# package (never install: ~/.m2 is shared with other checkouts); the classpaths below resolve the
# modules of this checkout from the reactor (-am), not from whatever SNAPSHOT ~/.m2 holds
if [[ -z "${NEWSLENS_BENCH_SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q package -DskipTests -Dnewslens.skipDeploymentValidation=true >&2
fi
./mvnw -B -q -pl e2e-tests -am test-compile dependency:build-classpath -Dmdep.outputFile="$repo/e2e-tests/target/bench-search.classpath" -Dmdep.includeScope=test >&2
# search-service's runtime classpath: Jackson and the Elasticsearch client, which e2e-tests keeps off its own
# (test-compile, not compile: only then does the reactor hand out api-security's test classes, a test dependency
# that dependency:build-classpath resolves too, without their ever having been installed to ~/.m2)
./mvnw -B -q -pl search-service -am test-compile dependency:build-classpath -Dmdep.outputFile="$repo/e2e-tests/target/bench-search-service.classpath" -Dmdep.includeScope=runtime >&2
# the services run on the JVM the run command uses (a JDK >= 25 when there is one)
. scripts/service-jvm.sh
# steady-state figures only: no class-data cache (its training run would slow the measured services)
export NEWSLENS_CLASS_DATA_CACHE=off
bench_classpath="$repo/e2e-tests/target/test-classes:$(cat e2e-tests/target/bench-search.classpath):$(cat e2e-tests/target/bench-search-service.classpath)"
