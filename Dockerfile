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
# query-service renders PDF pages: CJK fonts for the PDFs that do not embed theirs (fontconfig finds them)
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && if [ "$SERVICE" = "query-service" ]; then apt-get install -y --no-install-recommends fontconfig fonts-noto-cjk; fi \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 budget
USER budget
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-exec.jar app.jar
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# PDFBox keeps its index of the system fonts in a writable place (the user has no home directory)
ENTRYPOINT ["java", "-Dpdfbox.fontcache=/tmp", "-jar", "/app/app.jar"]
