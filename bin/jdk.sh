# Sourced by run.sh and .ci/run: point JAVA_HOME at a JDK 21+ (this machine's default java is 17).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  echo "No JDK 21 or newer found; set JAVA_HOME to one." >&2
  return 1 2>/dev/null || exit 1
fi
# Maven 3.9's Guice uses sun.misc.Unsafe, which JDK 24+ warns about on every build; the warning is Maven's, not
# this project's, so silence it there (the flag does not exist before JDK 23).
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  case "${MAVEN_OPTS:-}" in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
