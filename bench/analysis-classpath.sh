# Sourced by bench/analyse and bench/claims: compiles summary-service's analysis package and its bench tools with
# javac (independent of the rest of the module) into $classes, and its Maven classpath into $cp_file.
module=summary-service
classes="$module/target/analysis-bench"
cp_file="$module/target/analysis-bench.classpath"
sources=("$module/src/main/java/io/newslens/summary/analysis" "$module/src/test/java/io/newslens/summary/analysis")
if [ ! -s "$cp_file" ] || [ "$module/pom.xml" -nt "$cp_file" ]; then
  if ! ./mvnw -q -B -pl "$module" dependency:build-classpath -Dmdep.outputFile=target/analysis-bench.classpath >&2; then
    ./mvnw -q -B -pl common install -DskipTests >&2
    ./mvnw -q -B -pl "$module" dependency:build-classpath -Dmdep.outputFile=target/analysis-bench.classpath >&2
  fi
fi
if [ ! -f "$classes/.built" ] || [ -n "$(find "${sources[@]}" "$module/src/main/resources/analysis" -newer "$classes/.built" -print -quit)" ]; then
  echo "compiling io.newslens.summary.analysis into $classes ..." >&2
  rm -rf "$classes" && mkdir -p "$classes"
  javac -nowarn -encoding UTF-8 -d "$classes" -cp "$(cat "$cp_file")" \
    $(find "${sources[@]}" -name '*.java' ! -name '*Test.java')
  cp -r "$module/src/main/resources/analysis" "$classes/"
  touch "$classes/.built"
fi
