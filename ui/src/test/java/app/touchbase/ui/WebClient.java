package app.touchbase.ui;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: keeps cookies, follows no redirects, sends forms with the page's CSRF token. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String clientAddress;
    private final String protocol;

    /** {@code clientAddress} is sent as X-Forwarded-For, as a reverse proxy in front of Touchbase would. */
    public WebClient(int port, String clientAddress) {
        this(port, clientAddress, "http");
    }

    /** {@code protocol} is what the browser used to reach the proxy, sent as X-Forwarded-Proto. */
    public WebClient(int port, String clientAddress, String protocol) {
        this.port = port;
        this.clientAddress = clientAddress;
        this.protocol = protocol;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in as a browser does: opens the sign-in page, then posts the form with its token. Answers the redirect. */
    public String signIn(String username, String password) throws Exception {
        Map<String, String> form = Map.of("username", username, "password", password, "_csrf", csrfToken());
        return post("/login", form).headers().firstValue("Location").orElse("");
    }

    /** The token the sign-in page gives its form. */
    public String csrfToken() throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("The sign-in page has no CSRF token");
        }
        return token.group(1);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", clientAddress)
                .header("X-Forwarded-Proto", protocol);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
