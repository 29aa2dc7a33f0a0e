FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/ui/target/touchbase.jar /app/touchbase.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/touchbase.jar"]
