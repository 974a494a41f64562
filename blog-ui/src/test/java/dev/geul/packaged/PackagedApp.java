package dev.geul.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged jar, started as a user starts it ({@code java -jar blog-ui.jar}) in a process of its own. */
final class PackagedApp implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("geul.packagedJar", "target/blog-ui.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with `./geul package` (or run `./geul test`)");
        }
        return jar;
    }

    static PackagedApp start(Path workDir, Map<String, String> environment) throws Exception {
        return start(workDir, environment, List.of("-Xmx512m"));
    }

    static PackagedApp start(Path workDir, Map<String, String> environment, List<String> jvmOptions) throws Exception {
        return start(workDir, environment, jvmOptions, jar());
    }

    /** Spring Boot's extracted layout of the jar ({@code java -Djarmode=tools -jar blog-ui.jar extract}). */
    static Path extracted(Path workDir) throws Exception {
        Path destination = workDir.resolve("extracted");
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar().toAbsolutePath().toString(), "extract", "--destination",
                destination.toString()).redirectErrorStream(true).start();
        String output = new String(extract.getInputStream().readAllBytes());
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Extracting the jar failed:\n" + output);
        }
        return destination.resolve(jar().getFileName());
    }

    static PackagedApp start(Path workDir, Map<String, String> environment, List<String> jvmOptions, Path jar)
            throws Exception {
        return start(workDir, environment, jvmOptions, jar, freePort());
    }

    /** The jar again on the port an earlier run had, as a restarted server is for a browser that had it open. */
    static PackagedApp startOnPort(Path workDir, Map<String, String> environment, int port) throws Exception {
        return start(workDir, environment, List.of("-Xmx512m"), jar(), port);
    }

    int port() {
        return port;
    }

    private static PackagedApp start(Path workDir, Map<String, String> environment, List<String> jvmOptions, Path jar,
                                     int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = Files.createTempFile(workDir, "app-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), port, log);
        app.awaitHealthy();
        return app;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not become healthy in " + START_TIMEOUT + ":\n" + log());
    }

    /** Like kill -9: no shutdown hooks, nothing closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Like Ctrl+C or a service manager's stop: a clean shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
