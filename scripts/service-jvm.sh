# Sourced by ./newslens and bench scripts: the JVM the services run on.
# NEWSLENS_SERVICE_JAVA_HOME wins when set; else the newest JDK >= 25 under /usr/lib/jvm, whose AOT
# cache (JEP 483/514/515) makes the services start about twice as fast as Java 17; else the JVM of
# the stack itself. The services are built for Java 17 and run on any later JVM.
if [ -z "${NEWSLENS_SERVICE_JAVA_HOME:-}" ]; then
  for home in $(ls -d /usr/lib/jvm/*/ 2>/dev/null); do
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    if [ -n "$version" ] && [ "$version" -ge 25 ] && [ -x "$home/bin/java" ] \
       && [ "$version" -gt "${best_version:-0}" ]; then
      best_version=$version; best_home=${home%/}
    fi
  done
  if [ -n "${best_home:-}" ]; then
    export NEWSLENS_SERVICE_JAVA_HOME=$best_home
  fi
  unset home version best_version best_home
fi
echo "[newslens] services run on ${NEWSLENS_SERVICE_JAVA_HOME:-the default java}" >&2
