# Naboskab in production: the WAR on Payara Micro, all configuration from the environment
# (see config/naboskab.env.example). No secret is baked into the image.
#
# No Docker engine runs on the development machines: this file is kept correct by reading.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY src src
# The WAR only: the image needs neither the demo's Keycloak nor a second Payara Micro.
RUN mvn -B -DskipTests -Dnaboskab.skipServers=true package

FROM payara/micro:6.2025.10-jdk17
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
USER payara
# Deployed by the post-boot commands at "/", on the portal's listener only (not the monitoring one).
COPY --from=build --chown=payara:payara /src/target/naboskab.war /opt/payara/naboskab.war
# Cookie flags, a quiet Server header and the monitoring listener
# (config/payara/production-pre-boot-commands.txt); the deployment (post-boot-commands.txt).
COPY --chown=payara:payara config/payara/production-pre-boot-commands.txt /opt/payara/pre-boot-commands.txt
COPY --chown=payara:payara config/payara/post-boot-commands.txt /opt/payara/post-boot-commands.txt
# A cluster's nodes deploy with their sessions replicated (config/compose.yaml passes this one).
COPY --chown=payara:payara config/payara/cluster-post-boot-commands.txt /opt/payara/cluster-post-boot-commands.txt
# One JSON object per log line, each naming its request (config/payara/logging.properties).
COPY --chown=payara:payara config/payara/logging.properties /opt/payara/logging.properties

ENV JVM_ARGS="-XX:MaxRAMPercentage=75 -Duser.timezone=Europe/Copenhagen"
# 8080: the portal; 5900: Payara's data grid, for the other nodes of a cluster only; 9090: /metrics
# and /health, for the monitoring network only (docs/operations.md, "Things to watch").
EXPOSE 8080 5900 9090
# Ready means: the portal deployed, MariaDB answers and Keycloak serves the realm.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/ready || exit 1
# One node on its own by default; config/compose.yaml runs two in one cluster with their own
# command (--clustername, --clustermode tcpip:...; ADR 28).
CMD ["--nohazelcast", "--prebootcommandfile", "/opt/payara/pre-boot-commands.txt", "--postbootcommandfile", "/opt/payara/post-boot-commands.txt", "--logproperties", "/opt/payara/logging.properties"]
