# One image recipe for the four services (docker-compose.yml passes SERVICE and PORT): builds the service and
# the modules it needs from the repository, then runs it on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl ${SERVICE} -am install

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 budget
USER budget
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-exec.jar app.jar
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
