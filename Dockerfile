# Build: the whole reactor with the wrapper; run: the Spring Boot jar on a JRE 21+.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl return-api -am package

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/return-api/target/return-api.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
