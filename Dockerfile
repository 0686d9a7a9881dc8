# Build: the whole reactor with the wrapper; run: the Spring Boot jar on a JRE 21+, as an unprivileged user.
# The image expects an external PostgreSQL and a token issuer (docker-compose.yml); it never switches the
# development token issuer on.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl return-api -am package

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 terugkeer \
    && useradd --system --uid 10001 --gid terugkeer --no-create-home --shell /usr/sbin/nologin terugkeer
WORKDIR /app
# The jar belongs to root: the service's user can read it but not change it.
COPY --from=build --chown=root:root /src/return-api/target/return-api.jar app.jar
USER 10001:10001
# 8080: the API; 8081: health probes and Prometheus (management port, MANAGEMENT_PORT)
EXPOSE 8080 8081
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
