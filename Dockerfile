# The CDS Hooks service as a container image: built from source in a Maven stage, run from the shaded jar as a
# non-root user on a JRE. See docs/DEPLOYMENT.md.
#   docker build -t needlesafe-cds-hooks:1.0.0 .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first, so that the dependency layer is reused while only sources change.
COPY pom.xml ./
COPY core/pom.xml core/
COPY rules-drl/pom.xml rules-drl/
COPY json/pom.xml json/
COPY examples/pom.xml examples/
COPY store-postgres/pom.xml store-postgres/
COPY cds-hooks/pom.xml cds-hooks/
COPY benchmarks/pom.xml benchmarks/
RUN mvn -B -q -pl cds-hooks -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -pl cds-hooks -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 needlesafe \
    && useradd --system --uid 10001 --gid needlesafe --no-create-home --shell /usr/sbin/nologin needlesafe
COPY --from=build /src/cds-hooks/target/needlesafe-cds-hooks.jar /opt/needlesafe/needlesafe-cds-hooks.jar
USER 10001:10001
EXPOSE 8080
# The configuration (and the database password file it names) is mounted at run time, never baked in.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/needlesafe/needlesafe-cds-hooks.jar"]
CMD ["--port", "8080", "--config", "/etc/needlesafe/cds-hooks.properties"]
